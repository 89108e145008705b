using Dashboard.Data.Import.Formats;

namespace Dashboard.Tests.Import.Formats;

public sealed class Top500ListsReaderTests
{
    private readonly Top500ListsReader _reader = new();

    [Fact]
    public void Read_TwoLists_CountsSystemsPerCountryAndList()
    {
        var (content, errors) = FormatFixtures.Read(_reader, "top500-lists.csv");

        Assert.False(errors.HasErrors, FormatFixtures.Report(errors));
        Assert.Equal(3, FormatFixtures.Single(content, "top500-systems", "CHN", "2019-11").Value);
        Assert.Equal(2, FormatFixtures.Single(content, "top500-systems", "USA", "2019-11").Value);
        Assert.Equal(1, FormatFixtures.Single(content, "top500-systems", "RUS", "2019-11").Value);
        Assert.Equal(1, FormatFixtures.Single(content, "top500-systems", "HKG", "2019-11").Value);
        Assert.Equal(2, FormatFixtures.Single(content, "top500-systems", "CHN", "2019-06").Value);
        // "Korea, South" (quoted, with a comma) is South Korea.
        Assert.Equal(1, FormatFixtures.Single(content, "top500-systems", "KOR", "2019-06").Value);
    }

    [Fact]
    public void Read_CountryAbsentFromAList_GetsAZeroRowForThatList()
    {
        var (content, _) = FormatFixtures.Read(_reader, "top500-lists.csv");

        Assert.Equal(0, FormatFixtures.Single(content, "top500-systems", "RUS", "2019-06").Value);
        Assert.Equal(0, FormatFixtures.Single(content, "top500-rmax-share", "RUS", "2019-06").Value);
        Assert.Equal(0, FormatFixtures.Single(content, "top500-systems", "KOR", "2019-11").Value);
        Assert.Equal(5 * 2 * 2, content.Observations.Count);
    }

    [Fact]
    public void Read_TwoLists_SharesOfListRmaxRoundedToSixDecimals()
    {
        var (content, _) = FormatFixtures.Read(_reader, "top500-lists.csv");

        // 2019-11: total Rmax 2600 TFlop/s; China 800.5 + 100 + 50 = 950.5.
        Assert.Equal(36.557692, FormatFixtures.Single(content, "top500-rmax-share", "CHN", "2019-11").Value);
        Assert.Equal(61.538462, FormatFixtures.Single(content, "top500-rmax-share", "USA", "2019-11").Value);
        Assert.Equal(0.961538, FormatFixtures.Single(content, "top500-rmax-share", "RUS", "2019-11").Value);
        // 2019-06: total 2000; China 900.5.
        Assert.Equal(45.025, FormatFixtures.Single(content, "top500-rmax-share", "CHN", "2019-06").Value);
    }

    [Fact]
    public void Read_Provenance_EditionLocatorAndFormulaNameTheList()
    {
        var (content, _) = FormatFixtures.Read(_reader, "top500-lists.csv");
        var chn = FormatFixtures.Single(content, "top500-systems", "CHN", "2019-11");

        Assert.Equal("lists 2019-06 to 2019-11", content.Edition);
        Assert.Equal("derived", chn.Basis);
        Assert.Equal("top500", chn.SourceId);
        Assert.Contains("TOP500 list of Nov 2019", chn.Locator, StringComparison.Ordinal);
        Assert.Contains("list = '2019-11' and country = 'China'", chn.DerivedFrom, StringComparison.Ordinal);
        Assert.Contains("3 of the list's 7 systems", chn.DerivedFrom, StringComparison.Ordinal);
        Assert.Contains(content.Notes, n => n.Contains("2019-11 has 7 systems, not 500", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnknownCountryAndBadNumber_ReportsLineAndColumn()
    {
        var lines = File.ReadAllLines(FormatFixtures.PathOf("top500-lists.csv"));
        lines[2] = lines[2].Replace(",China,", ",Atlantis,", StringComparison.Ordinal);
        lines[3] = lines[3].Replace(",100,150", ",1 00,150", StringComparison.Ordinal);
        var errors = new Dashboard.Data.Import.ErrorList();
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines)));

        _reader.Read(stream, "top.csv", new ReaderContext { References = FormatFixtures.NoReferences }, errors);

        var report = FormatFixtures.Report(errors);
        Assert.Contains("top.csv line 3, column country: 'Atlantis' is not a known country name", report, StringComparison.Ordinal);
        Assert.Contains("top.csv line 4, column rmax_tflops: '1 00' is not a performance", report, StringComparison.Ordinal);
    }
}
