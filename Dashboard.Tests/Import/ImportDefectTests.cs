using System.Text;
using Dapper;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Import.Tables;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Import;

/// <summary>
/// The import defects found under test (issue 14), one test each: every rejected upload leaves the store file byte for
/// byte unchanged (<see cref="UploadStore.Reject"/> hashes it before and after).
/// </summary>
public sealed class ImportDefectTests : IDisposable
{
    private const string Header = "indicator,entity,counterpart,period,period_as_stated,value,source,locator,basis,derived_from,note";

    private readonly UploadStore _store = new();

    public void Dispose() => _store.Dispose();

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    [Fact]
    public void Run_OwidFileWithAMegabyteHeader_RejectedByTheFieldLimitAndStoreUnchanged()
    {
        var huge = new string('x', 1_000_000);
        var file = $"Entity,Code,Year,{huge}\nKazakhstan,KAZ,2020,1\nKyrgyzstan,KGZ,2020,2\n";

        var report = _store.Reject(Utf8(file), "huge.csv");

        Assert.Contains(report.Errors, e => e.Line == 1 && e.Rule == "is 1000000 characters long (at most 4000 allowed)");
    }

    [Theory]
    [InlineData("sipri.csv", "SIPRI AT Database ID,Supplier,Recipient,Delivery year,TIV delivery values\n1,China,Kazakhstan,2016,{0}\n", "column TIV delivery values")]
    [InlineData("wdi.csv", "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2019\"\n\"Kazakhstan\",\"KAZ\",\"{0}\",\"X.Y\",\"1\"\n", "column Indicator Name")]
    [InlineData("top.csv", "list,rank,country,rmax_tflops\n2019-11,1,{0},1\n", "column country")]
    public void Run_OverLongFieldInAnyFormat_Rejected(string name, string template, string column)
    {
        var report = _store.Reject(Utf8(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, new string('y', 5000))), name);

        Assert.Contains(report.Errors, e => e.ToString().Contains($"line 2, {column}: '", StringComparison.Ordinal) && e.Rule == "is 5000 characters long (at most 4000 allowed)");
    }

    [Fact]
    public void Run_OwidMalformedCodes_ErrorsNotSilentlySkipped()
    {
        const string File = "Entity,Code,Year,Papers\nKazakhstan,kaz,2020,1\nKyrgyzstan,KZ,2020,2\nWorld,OWID_WRL,2020,9\nAsia,,2020,8\nChina,CHN,2020,5\n";

        var report = _store.Reject(Utf8(File), "owid.csv");

        Assert.Equal(
            [
                "owid.csv line 2, column Code: 'kaz' is not an ISO 3166-1 alpha-3 code (three upper-case letters, e.g. KAZ) nor an OWID code (OWID_…); a region or group has an empty code",
                "owid.csv line 3, column Code: 'KZ' is not an ISO 3166-1 alpha-3 code (three upper-case letters, e.g. KAZ) nor an OWID code (OWID_…); a region or group has an empty code",
            ],
            report.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Run_WorldBankDuplicatedYearHeader_ErrorNamesBothHeaderCells()
    {
        const string File = "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2018\",\"2019\",\"2019\",\n\"Kazakhstan\",\"KAZ\",\"GDP (current US$)\",\"NY.GDP.MKTP.CD\",\"1\",\"2\",\"3\",\n";

        var report = _store.Reject(Utf8(File), "wdi.csv");

        Assert.Equal("wdi.csv line 1: '2019' names two columns (field 6 and field 7): which one holds the values cannot be told; rename or delete one of them", Assert.Single(report.Errors).ToString());
    }

    [Theory]
    [InlineData("", "empty.csv: is empty (0 bytes): there is no header line")]
    [InlineData("  \n\t\n   \r\n", "empty.csv: is empty: it has only blank or whitespace lines, no header line")]
    [InlineData("indicator,entity,period,value,source,basis\ntop500-systems,KAZ,2019-11,1,paper,stated\n",
        "empty.csv: looks like the GeoAI observations contract, but its header has no 'locator' column (required: indicator,entity,period,value,source,locator,basis)")]
    [InlineData("Indicator;Entity;Period;Value;Source\ntop500-systems;KAZ;2019;1;paper\n",
        "empty.csv: looks like the GeoAI observations contract, but its header has no 'locator', 'basis' columns (required: indicator,entity,period,value,source,locator,basis)")]
    public void Run_EmptyOrNearlyContractFile_SpecificMessageFirst(string file, string expected)
    {
        var report = _store.Reject(Utf8(file), "empty.csv");

        Assert.Equal(expected, report.Errors[0].ToString());
    }

    [Fact]
    public void Run_SepLineAndCapitalisedHeader_Imported()
    {
        var file = "sep=,\n" + Header.ToUpperInvariant() + "\ntop500-systems,KAZ,,2019-11,,7,paper,t1,stated,,\n";

        var report = _store.Run(Utf8(file), "sep.csv");

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal("read as UTF-8, ',' delimiter (from the sep= line), '.' decimals (fixed by the ',' delimiter)", report.Dialect);
        Assert.Equal(7, _store.Value("top500-systems", "KAZ", "2019-11"));
        using var c = _store.Open();
        Assert.Equal(3, c.ExecuteScalar<int>("SELECT line FROM observations WHERE dataset_id = 'sep'"));
    }

    [Fact]
    public void Run_BadByteInACrOnlyFile_ReportsTheRealLine()
    {
        // UTF-8 with a byte-order mark must be UTF-8: the bad byte is on line 3 of a file whose lines end with CR only.
        byte[] file = [0xEF, 0xBB, 0xBF, .. Utf8(Header + "\rtop500-systems,KAZ,,2019-11,,1,paper,t1,stated,,\rtop500-systems,KGZ,,2019-11,,1,paper,t1,stated,,"), 0xFF, 0x0D];

        var report = _store.Reject(file, "mac.csv");

        var error = Assert.Single(report.Errors).ToString();
        Assert.StartsWith("mac.csv line 3: is not valid UTF-8 at character ", error, StringComparison.Ordinal);
        Assert.Contains("(byte 0xFF;", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_BadByteInACrOnlyDataFile_ReportsTheRealLine()
    {
        var bytes = Utf8(Header + "\rtop500-systems,KAZ,,2019-11,,1,paper,t1,stated,,\rtop500-systems,KGZ,,2019-11,,1,paper,t1,stated,,x").Append((byte)0xFF).ToArray();
        _store.Folder.WriteBytes("observations/mac.csv", bytes);
        using var c = _store.Open();

        var ex = Assert.Throws<ImportFailedException>(() => DataFolderImporter.Import(c, _store.Folder.Path));

        Assert.StartsWith("data/observations/mac.csv line 3: is not valid UTF-8 at character ", Assert.Single(ex.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WhitespaceOnlyLine_IgnoredLikeABlankLine()
    {
        var file = Header + "\ntop500-systems,KAZ,,2019-11,,1,paper,t1,stated,,\n   \t \ntop500-systems,KGZ,,2019-11,,2,paper,t1,stated,,\n";

        var report = _store.Run(Utf8(file), "ws.csv");

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal(2, _store.Value("top500-systems", "KGZ", "2019-11"));
        using var c = _store.Open();
        Assert.Equal(4, c.ExecuteScalar<int>("SELECT line FROM observations WHERE dataset_id = 'ws' AND entity_code = 'KGZ'"));
    }

    [Fact]
    public void Import_WhitespaceOnlyLineInDataFolder_IgnoredLikeABlankLine()
    {
        _store.Folder.Write("observations/ws.csv", Header + "\ntop500-systems,KAZ,,2019-11,,1,paper,t1,stated,,\n   \t \ntop500-systems,KGZ,,2019-11,,2,paper,t1,stated,,");
        using var c = _store.Open();

        DataFolderImporter.Import(c, _store.Folder.Path);

        Assert.Equal(4, c.ExecuteScalar<int>("SELECT line FROM observations WHERE dataset_id = 'ws' AND entity_code = 'KGZ'"));
    }

    [Fact]
    public void Run_Top500DuplicateKeys_NameCountryIndicatorAndTheRealLine()
    {
        var list = "list,rank,country,rmax_tflops\n2018-06,1,China,100\n2018-06,2,Kazakhstan,10\n2018-06,3,China,50\n";
        var first = _store.Run(Utf8(list), "top-a.csv");
        Assert.True(first.Applied, UploadStore.Errors(first));

        var report = _store.Reject(Utf8(list), "top-b.csv");

        var errors = report.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains("top-b.csv line 3, column period: '2018-06' duplicates the key (indicator top500-systems, entity KAZ, period 2018-06) already given in dataset 'top-a' line 3", errors);
        Assert.Contains("top-b.csv line 2, column period: '2018-06' duplicates the key (indicator top500-rmax-share, entity CHN, period 2018-06) already given in dataset 'top-a' line 2", errors);
    }

    [Fact]
    public void Run_ShippedDatasetId_RefusedAsAWhole()
    {
        var report = _store.Reject(Utf8(Header + "\ntop500-systems,KAZ,,2019-11,,1,paper,t1,stated,,\n"), "paper.csv");

        Assert.True(report.Refused);
        Assert.Contains("is a shipped dataset (from data/)", Assert.Single(report.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BareCrInsideAQuotedField_OneRecordAndRealLines()
    {
        var file = Header + "\ntop500-systems,KAZ,,2019-11,,1,paper,t1,stated,,\"two\rlines\"\ntop500-systems,KGZ,,2019-11,,2,paper,t1,stated,,\n";

        var report = _store.Run(Utf8(file), "cr.csv");

        Assert.True(report.Applied, UploadStore.Errors(report));
        using var c = _store.Open();
        Assert.Equal("two\rlines", c.ExecuteScalar<string>("SELECT note FROM observations WHERE dataset_id = 'cr' AND entity_code = 'KAZ'"));
        Assert.Equal(4, c.ExecuteScalar<int>("SELECT line FROM observations WHERE dataset_id = 'cr' AND entity_code = 'KGZ'"));
    }

    [Fact]
    public void Import_BareCrInsideAQuotedFieldInDataFolder_OneRecord()
    {
        _store.Folder.WriteBytes("observations/cr.csv", Utf8(Header + "\ntop500-systems,KAZ,,2019-11,,1,paper,t1,stated,,\"two\rlines\"\ntop500-systems,KGZ,,2019-11,,2,paper,t1,stated,,\n"));
        using var c = _store.Open();

        DataFolderImporter.Import(c, _store.Folder.Path);

        Assert.Equal("two\rlines", c.ExecuteScalar<string>("SELECT note FROM observations WHERE dataset_id = 'cr' AND entity_code = 'KAZ'"));
    }

    [Fact]
    public void Run_NonSeekableStream_ReadThroughATemporaryCopy()
    {
        using var c = _store.Open();
        using var pipe = new NonSeekableStream(Utf8("Entity,Code,Year,Piped\nKazakhstan,KAZ,2020,3\n"));

        var report = ImportEngine.Run(c, pipe, new FileImportOptions { DatasetId = "piped", FileName = "stdin" }, DatasetReaders.All);

        Assert.True(report.Applied, UploadStore.Errors(report));
        Assert.Equal(3, _store.Value("stdin", "KAZ", "2020"));
    }

    [Fact]
    public void Run_DryRunWhileAnotherWriterHoldsTheStore_NeedsNoWriteLock()
    {
        using var writer = _store.Open();
        using var held = writer.BeginTransaction(deferred: false);
        writer.Execute("UPDATE meta SET value = value WHERE key = 'data_version'", transaction: held);

        var report = _store.Run(Utf8("Entity,Code,Year,Locked\nKazakhstan,KAZ,2020,3\n"), "locked.csv", dryRun: true);

        Assert.False(report.HasErrors, UploadStore.Errors(report));
        Assert.Equal(1, report.Diff.Single().New);
    }

    [Fact]
    public void EnsureBuilt_DataFolderWithAnError_StoreFileUntouched()
    {
        var path = Path.Combine(Path.GetTempPath(), "geoai-build-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            var database = new Dashboard.Data.Database(path);
            database.EnsureBuilt(_store.Folder.Path);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var before = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
            _store.Folder.AppendLine("observations/paper.csv", "top500-systems,KAZ,,2019-11,,abc,paper,t1,stated,,");

            Assert.Throws<ImportFailedException>(() => database.EnsureBuilt(_store.Folder.Path));

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Assert.Equal(before, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Position
        {
            get => base.Position;
            set => throw new NotSupportedException();
        }

        public override long Length => throw new NotSupportedException();
    }
}
