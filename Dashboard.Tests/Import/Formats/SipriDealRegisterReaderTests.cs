using Dapper;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Formats;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Import.Formats;

/// <summary>
/// The SIPRI trade register in the layout the online tool has exported since 2020 (one row per deal, note lines
/// first): the TIV of delivered weapons summed per recipient and supplier over the year range the notes state.
/// </summary>
public sealed class SipriDealRegisterReaderTests
{
    private const string Fixture = "sipri-register-deals.csv";

    private readonly SipriDealRegisterReader _reader = new();

    private static string[] Lines() => File.ReadAllLines(FormatFixtures.PathOf(Fixture));

    private (DatasetContent Content, ErrorList Errors) ReadLines(IEnumerable<string> lines)
    {
        var errors = new ErrorList();
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
        var content = _reader.Read(stream, "register.csv", new ReaderContext { References = FormatFixtures.NoReferences }, errors);
        return (content, errors);
    }

    [Fact]
    public void Read_RangeInTheNotes_DeliveredTivSummedPerRecipientAndSupplierOverThatRange()
    {
        var (content, errors) = FormatFixtures.Read(_reader, Fixture);

        Assert.False(errors.HasErrors, FormatFixtures.Report(errors));
        Assert.Equal("data generated 13 Mar 2025", content.Edition);
        // 120 + 33.5: two deals, however their deliveries fell within 2016–2020.
        var kazRus = FormatFixtures.Single(content, "arms-tiv-delivered", "KAZ", "2016-2020", "RUS");
        Assert.Equal(153.5, kazRus.Value);
        Assert.Equal("derived", kazRus.Basis);
        Assert.StartsWith("sum of 'SIPRI TIV of delivered weapons' (TIV m) over the 2 deals with Recipient = 'Kazakhstan', Supplier = 'Russia' in the trade register for the year range 2016–2020", kazRus.DerivedFrom, StringComparison.Ordinal);
        Assert.Equal("sipri-register-deals.csv: Recipient = Kazakhstan, Supplier = Russia, deliveries 2016–2020 (data generated 13 Mar 2025)", kazRus.Locator);
        Assert.Equal(7.9, FormatFixtures.Single(content, "arms-tiv-delivered", "KAZ", "2016-2020", "CHN").Value, 9);
        Assert.Equal(15, FormatFixtures.Single(content, "arms-tiv-delivered", "UZB", "2016-2020", "CHN").Value);
        // The TIV of what was delivered in the range (one of two craft), not the order's total.
        Assert.Equal(10.8, FormatFixtures.Single(content, "arms-tiv-delivered", "TKM", "2016-2020", "TUR").Value);
        Assert.Equal(4, FormatFixtures.Single(content, "arms-tiv-delivered", "KGZ", "2016-2020", "XUN").Value);
        Assert.Equal(5, content.Observations.Count);
        Assert.DoesNotContain(content.Observations, p => p.Observation.EntityCode == "TJK");
        Assert.Contains("1 of 8 deals have no deliveries identified in 2016–2020 (empty 'SIPRI TIV of delivered weapons', or 0 without a year of delivery): left out", content.Notes);
        Assert.Contains(content.Notes, n => n.StartsWith("each value is the TIV delivered in 2016–2020, the year range the file's notes state (line 1:", StringComparison.Ordinal));
        Assert.Equal("sipri-at-2025-03-13", Assert.Single(content.Sources).Id);
    }

    [Fact]
    public void Read_OneYearRangeOrdersToo_StoredAsThatYear()
    {
        var lines = Lines();
        lines[0] = "Transfers of major conventional arms from All countries  to All countries . Deals with deliveries or orders made for year range '2019' to '2019' ";
        var kept = lines.Take(12).Concat(lines.Skip(12).Where(l => !l.Contains("2016; 2017", StringComparison.Ordinal) && !l.Contains("2017; 2018", StringComparison.Ordinal)
            && !l.Contains(",2018,New", StringComparison.Ordinal) && !l.Contains("2019; 2020", StringComparison.Ordinal) && !l.Contains(",2020,New", StringComparison.Ordinal)));

        var (content, errors) = ReadLines(kept);

        Assert.False(errors.HasErrors, FormatFixtures.Report(errors));
        Assert.Equal(0.4, FormatFixtures.Single(content, "arms-tiv-delivered", "KAZ", "2019", "CHN").Value);
        Assert.Equal(4, FormatFixtures.Single(content, "arms-tiv-delivered", "KGZ", "2019", "XUN").Value);
    }

    [Fact]
    public void Read_NewerHeaderDeliveriesInTheYearRange_ReadTheSame()
    {
        var lines = Lines();
        lines[11] = lines[11].Replace("Number delivered", "Deliveries in the Year Range", StringComparison.Ordinal);

        var (content, errors) = ReadLines(lines);

        Assert.False(errors.HasErrors, FormatFixtures.Report(errors));
        Assert.Equal(153.5, FormatFixtures.Single(content, "arms-tiv-delivered", "KAZ", "2016-2020", "RUS").Value);
    }

    [Fact]
    public void Run_DealRegisterUpload_AppliedWithRangePeriodsAndNotSpecifiedLeavesTheStoreUntouched()
    {
        using var store = new UploadStore();
        var file = File.ReadAllBytes(FormatFixtures.PathOf(Fixture));

        var report = store.Run(file, "trade-register.csv");

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal("SIPRI trade register CSV (one row per deal)", report.Format);
        using (var c = store.Open())
        {
            Assert.Equal(153.5, c.ExecuteScalar<double>("SELECT value FROM observations WHERE entity_code = 'KAZ' AND counterpart_code = 'RUS' AND period = '2016-2020'"));
            Assert.Equal(5, c.ExecuteScalar<long>("SELECT COUNT(*) FROM observations WHERE indicator_id = 'arms-tiv-delivered' AND period_kind = 'range'"));
        }

        var notSpecified = System.Text.Encoding.UTF8.GetString(file).Replace("'2016' to '2020'", "'Not specified' to 'Not specified'", StringComparison.Ordinal);
        store.Reject(System.Text.Encoding.UTF8.GetBytes(notSpecified), "trade-register.csv");
    }

    [Fact]
    public void Read_RangeNotSpecified_RefusedSayingWhatToExport()
    {
        var lines = Lines();
        lines[0] = "Transfers of major conventional arms from All countries  to All countries . Deals with deliveries made for the year range 'Not specified' to 'Not specified' ";

        var (content, errors) = ReadLines(lines);

        var error = Assert.Single(errors.ToReport()).ToString();
        Assert.StartsWith("register.csv line 1: 'Deals with deliveries made for the year range 'Not specified' to 'Not specified'' gives the year range as 'Not specified' to 'Not specified': the 'SIPRI TIV of delivered weapons' of each deal then covers all its deliveries", error, StringComparison.Ordinal);
        Assert.Contains("export the register again from SIPRI's Arms Transfers Database with a year range (from and to)", error, StringComparison.Ordinal);
        Assert.Empty(content.Observations);
    }

    [Fact]
    public void Read_NoNoteLines_RefusedAtTheHeader()
    {
        var (content, errors) = ReadLines(Lines().Skip(11));

        Assert.StartsWith("register.csv line 1: has no note line stating the year range of the deliveries", Assert.Single(errors.ToReport()).ToString(), StringComparison.Ordinal);
        Assert.Empty(content.Observations);
    }

    [Fact]
    public void Read_DeliveryOutsideTheStatedRange_RefusedAtThatCell()
    {
        var lines = Lines();
        lines[12] = lines[12].Replace("2016; 2017", "2016; 2021", StringComparison.Ordinal);

        var (_, errors) = ReadLines(lines);

        Assert.Equal("register.csv line 13, column Year(s) of delivery: '2016; 2021' lists a delivery in 2021, outside the year range 2016–2020 the notes state: the file does not say which deliveries its 'SIPRI TIV of delivered weapons' covers; export the register again without changing its rows",
            Assert.Single(errors.ToReport()).ToString());
    }

    [Fact]
    public void Read_TivWithoutAnyYearOfDelivery_Refused()
    {
        var lines = Lines();
        lines[12] = lines[12].Replace("2016; 2017", "", StringComparison.Ordinal);

        var (_, errors) = ReadLines(lines);

        Assert.Equal("register.csv line 13, column Year(s) of delivery: '' is empty but the deal has a 'SIPRI TIV of delivered weapons' above 0: the row contradicts itself",
            Assert.Single(errors.ToReport()).ToString());
    }
}
