using System.Text;
using Dapper;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Store;
using Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Import.Contract;

public sealed class DataFolderImporterTests : IDisposable
{
    private readonly TestDataFolder _folder = new();
    private readonly TestDatabase _db = new();

    public void Dispose()
    {
        _folder.Dispose();
        _db.Dispose();
    }

    [Fact]
    public void Import_ValidFolder_WritesEveryTable()
    {
        using var c = _db.Open();

        var summary = DataFolderImporter.Import(c, _folder.Path);

        Assert.Equal(new ImportSummary(2, 2, 6, 6, 3, 1), summary);
        Assert.Equal(6, c.ExecuteScalar<int>("SELECT COUNT(*) FROM observations"));
        Assert.Equal(2, c.ExecuteScalar<int>("SELECT COUNT(*) FROM entity_members WHERE group_code = 'CA5'"));
        Assert.Equal(1.5, c.ExecuteScalar<double>("SELECT value FROM observations WHERE indicator_id = 'arms-import-share' AND period = '2010-2014'"));
        Assert.Equal("in the last five years", c.ExecuteScalar<string>("SELECT period_as_stated FROM observations WHERE period = '2017-2021'"));
        Assert.Equal(6, c.ExecuteScalar<int>("SELECT row_count FROM datasets WHERE id = 'paper'"));
        Assert.Equal(20191010, c.ExecuteScalar<int>("SELECT sort_key FROM events WHERE title = 'Decree No. 490'"));
        Assert.Equal(20.91, c.ExecuteScalar<double>("SELECT loan_usd_m FROM projects"));
    }

    [Fact]
    public void Import_SameFolderTwice_ReplacesInsteadOfDuplicating()
    {
        using var c = _db.Open();
        DataFolderImporter.Import(c, _folder.Path);

        DataFolderImporter.Import(c, _folder.Path);

        Assert.Equal(6, c.ExecuteScalar<int>("SELECT COUNT(*) FROM observations"));
    }

    public static TheoryData<string, int, string, string> BrokenRows => new()
    {
        // file, line to replace, replacement, expected message
        { "observations/paper.csv", 3, "arms-import-share,CA5,CHN,2017-2021,,\"18,0\",paper,§2.1,stated,,", "data/observations/paper.csv line 3, column value: '18,0' is not a number (use '.' as decimal separator)" },
        { "observations/paper.csv", 4, "top500-systems,CHN,,2019-11,,\"1,228.0\",paper,§2.4,stated,,", "data/observations/paper.csv line 4, column value: '1,228.0' is not a number (no thousands separators" },
        { "observations/paper.csv", 4, "top500-systems,CHN,,2019-11,,NaN,paper,§2.4,stated,,", "data/observations/paper.csv line 4, column value: 'NaN' is not a" },
        { "observations/paper.csv", 4, "top500-systems,CHN,,2019-11,,,paper,§2.4,stated,,", "data/observations/paper.csv line 4, column value: is required but empty" },
        { "observations/paper.csv", 4, "top500-systems,CHN,,Nov 2019,,228,paper,§2.4,stated,,", "data/observations/paper.csv line 4, column period: 'Nov 2019' is not a period" },
        { "observations/paper.csv", 4, "top500-systems,CHN,,2019-13,,228,paper,§2.4,stated,,", "line 4, column period: '2019-13' is not a valid month" },
        { "observations/paper.csv", 4, "top500-systems,XXX,,2019-11,,228,paper,§2.4,stated,,", "line 4, column entity: 'XXX' is not a known entity" },
        { "observations/paper.csv", 4, "top500-systems,CHN,ZZZ,2019-11,,228,paper,§2.4,stated,,", "line 4, column counterpart: 'ZZZ' is not a known entity" },
        { "observations/paper.csv", 4, "top500-system,CHN,,2019-11,,228,paper,§2.4,stated,,", "line 4, column indicator: 'top500-system' is not a known indicator" },
        { "observations/paper.csv", 4, "top500-systems,CHN,,2019-11,,228,nobody,§2.4,stated,,", "line 4, column source: 'nobody' is not a known source" },
        { "observations/paper.csv", 2, "arms-import-share,CA5,CHN,2010-2014,,101.5,paper,§2.1,stated,,", "line 2, column value: '101.5' is out of range for 'arms-import-share' (%) (0 to 100)" },
        { "observations/paper.csv", 4, "top500-systems,CHN,,2019-11,,-3,paper,§2.4,stated,,", "line 4, column value: '-3' is out of range" },
        { "observations/paper.csv", 4, "top500-systems,CHN,,2019-11,,228,paper,§2.4,guessed,,", "line 4, column basis: 'guessed' is not one of: stated, derived" },
        { "observations/paper.csv", 4, "top500-systems,CHN,,2019-11,,228,paper,§2.4,derived,,", "line 4, column derived_from: is required when basis is 'derived'" },
        { "observations/paper.csv", 4, "top500-systems,CHN,,2019-11,,228,paper,,stated,,", "line 4, column locator: is required but empty" },
        { "observations/paper.csv", 5, "top500-systems,CHN,,2019-11,,229,paper,§2.4,stated,,", "line 5, column period: '2019-11' duplicates the key (indicator top500-systems, entity CHN, period 2019-11) already given in dataset 'paper' line 4" },
        { "observations/paper.csv", 4, "top500-systems,CHN,,2019-11,,228,paper,§2.4,stated", "line 4: has 9 fields but the header has 11" },
        { "observations/paper.csv", 4, "top500-systems,CHN,,2019-11,,228,paper,§2.4, p. 3,stated,,", "line 4: has 12 fields but the header has 11" },
        { "observations/paper.csv", 1, "indicator,entity,counterpart,period,period_as_stated,value,source,locator,basis,derived_from", "data/observations/paper.csv line 2: has 11 fields but the header has 10" },
        { "observations/paper.csv", 1, "indicator,entity,counterpart,period,period_as_stated,value,source,locator,basis,derived_from,notes", "data/observations/paper.csv line 1: 'notes' is not a column of this file" },
        { "observations/paper.csv", 1, "indicator,entity,counterpart,period,period_as_stated,value,value,locator,basis,derived_from,note", "data/observations/paper.csv line 1, column value: 'value' appears twice in the header" },
        { "observations/paper.csv", 1, "indicator,entity,counterpart,period,period_as_stated,amount,source,locator,basis,derived_from,note", "data/observations/paper.csv line 1, column value: required column is missing from the header" },
        { "observations/paper.csv", 1, "indicator;entity;counterpart;period;period_as_stated;value;source;locator;basis;derived_from;note", "must use ',' as the delimiter" },
        { "indicators.csv", 2, "arms-import-share,Share,%,militray,Supplier share.,slope,0,100", "data/indicators.csv line 2, column dimension: 'militray' is not one of: military, economic, political, technology" },
        { "indicators.csv", 2, "arms-import-share,Share,%,military,Supplier share.,pie,0,100", "data/indicators.csv line 2, column chart_kind: 'pie' is not one of" },
        { "indicators.csv", 2, "Arms_Share,Share,%,military,Supplier share.,slope,0,100", "data/indicators.csv line 2, column id: 'Arms_Share' is not a valid id" },
        { "indicators.csv", 2, "arms-import-share,Share,%,military,Supplier share.,slope,100,0", "data/indicators.csv line 2, column max_value: '0' is smaller than min_value" },
        { "indicators.csv", 3, "arms-import-share,Share,%,military,Supplier share.,slope,0,100", "data/indicators.csv line 3, column id: 'arms-import-share' is a duplicate (first defined on line 2)" },
        { "entities.csv", 2, "China,China,country,", "data/entities.csv line 2, column code: 'China' is not an ISO 3166-1 alpha-3 code" },
        { "entities.csv", 7, "CA5,Central Asia,group,KAZ;UZB", "data/entities.csv line 7, column members: 'UZB' is not a code defined in this file" },
        { "entities.csv", 7, "CA5,Central Asia,group,", "data/entities.csv line 7, column members: a group needs its member codes" },
        { "sources.csv", 3, "zanini-2022,\"Zanini, M. (2022).\",ftp://example.org,,,,", "data/sources.csv line 3, column url: 'ftp://example.org' is not an http(s) URL" },
        { "sources.csv", 3, "zanini-2022,\"Zanini, M. (2022).\",,,,,15.01.2023", "data/sources.csv line 3, column accessed: '15.01.2023' is not a date (use YYYY-MM-DD)" },
        { "events.csv", 2, "2019-10,day,RUS,RUS,political,Decree No. 490,paper,§3.1,", "data/events.csv line 2, column date: '2019-10' does not match precision 'day'" },
        { "events.csv", 2, "2019-02-30,day,RUS,RUS,political,Decree No. 490,paper,§3.1,", "data/events.csv line 2, column date: '2019-02-30' does not match precision 'day'" },
        { "events.csv", 2, "2019-10-10,day,SUN,RUS,political,Decree No. 490,paper,§3.1,", "data/events.csv line 2, column actor: 'SUN' is not a known entity" },
        { "projects.csv", 2, "dushanbe-safe-city,Safe City,Dushanbe,KAZ,,Huawei,-5,22,20.91,CHN,paper,§2.3,", "data/projects.csv line 2, column cameras: '-5' is out of range" },
        { "projects.csv", 2, "dushanbe-safe-city,Safe City,Dushanbe,KAZ,,Huawei,1200,22,30,CHN,paper,§2.3,", "data/projects.csv line 2, column loan_usd_m: '30' is larger than cost_usd_m" },
        { "projects.csv", 2, "dushanbe-safe-city,Safe City,Dushanbe,KAZ,20x9,Huawei,1200,22,20.91,CHN,paper,§2.3,", "data/projects.csv line 2, column year: '20x9' is not a whole number" },
    };

    [Theory]
    [MemberData(nameof(BrokenRows))]
    public void Import_RowBreakingARule_FailsNamingFileLineColumnValueAndRule(string file, int line, string replacement, string expected)
    {
        _folder.ReplaceLine(file, line, replacement);
        using var c = _db.Open();

        var ex = Assert.Throws<ImportFailedException>(() => DataFolderImporter.Import(c, _folder.Path));

        Assert.Contains(ex.Errors, e => e.ToString().Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Import_FileWithSeveralErrors_ReportsEveryOne()
    {
        _folder.ReplaceLine("observations/paper.csv", 2, "arms-import-share,CA5,CHN,2010-2014,,abc,paper,§2.1,stated,,");
        _folder.ReplaceLine("observations/paper.csv", 4, "top500-systems,XXX,,2019-11,,228,paper,§2.4,stated,,");
        _folder.ReplaceLine("observations/paper.csv", 6, "top500-systems,RUS,,2019-99,,3,paper,§2.4,stated,,");
        using var c = _db.Open();

        var ex = Assert.Throws<ImportFailedException>(() => DataFolderImporter.Import(c, _folder.Path));

        Assert.Equal([2, 4, 6], ex.Errors.Select(e => e.Line).Order());
    }

    [Fact]
    public void Import_FailingFolder_LeavesPreviousContentUnchanged()
    {
        using var c = _db.Open();
        DataFolderImporter.Import(c, _folder.Path);
        var before = Snapshot(c);
        _folder.AppendLine("observations/paper.csv", "top500-systems,KAZ,,2019-11,,1,paper,§2.4,stated,,");
        _folder.Write("observations/more.csv", "indicator,entity,counterpart,period,period_as_stated,value,source,locator,basis,derived_from,note\ntop500-systems,KGZ,,2019-11,,oops,paper,§2.4,stated,,");
        _folder.Write("projects.csv", TestDataFolder.Projects.Replace("1200", "1300", StringComparison.Ordinal));

        Assert.Throws<ImportFailedException>(() => DataFolderImporter.Import(c, _folder.Path));

        Assert.Equal(before, Snapshot(c));
    }

    [Fact]
    public void Import_MissingRequiredFile_NamesIt()
    {
        File.Delete(Path.Combine(_folder.Path, "indicators.csv"));
        using var c = _db.Open();

        var ex = Assert.Throws<ImportFailedException>(() => DataFolderImporter.Import(c, _folder.Path));

        Assert.Contains(ex.Errors, e => e.ToString() == "data/indicators.csv: is missing (every data folder needs it)");
    }

    [Fact]
    public void Import_EmptyObservationsFile_SaysItIsEmpty()
    {
        _folder.Write("observations/paper.csv", "");
        using var c = _db.Open();

        var ex = Assert.Throws<ImportFailedException>(() => DataFolderImporter.Import(c, _folder.Path));

        Assert.Contains(ex.Errors, e => e.ToString().StartsWith("data/observations/paper.csv: is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_Utf16File_RejectedAsNotUtf8()
    {
        _folder.WriteBytes("observations/paper.csv", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(TestDataFolder.Observations)).ToArray());
        using var c = _db.Open();

        var ex = Assert.Throws<ImportFailedException>(() => DataFolderImporter.Import(c, _folder.Path));

        Assert.Contains(ex.Errors, e => e.ToString() == "data/observations/paper.csv line 1: is UTF-16 encoded: save it as UTF-8 (CSV UTF-8 in Excel)");
    }

    [Fact]
    public void Import_Windows1251Bytes_RejectedWithLineAndCharacter()
    {
        var text = TestDataFolder.Entities + "\nXXA,Казахстан,other,";
        var bytes = Encoding.UTF8.GetBytes(text.Replace("Казахстан", "@", StringComparison.Ordinal)).ToList();
        var at = bytes.IndexOf((byte)'@');
        bytes.RemoveAt(at);
        bytes.InsertRange(at, new byte[] { 0xCA, 0xE0, 0xE7 }); // "Каз" in Windows-1251
        _folder.WriteBytes("entities.csv", bytes.ToArray());
        using var c = _db.Open();

        var ex = Assert.Throws<ImportFailedException>(() => DataFolderImporter.Import(c, _folder.Path));

        Assert.Contains(ex.Errors, e => e.ToString().StartsWith("data/entities.csv line 8: is not valid UTF-8 at character 5 (byte 0xCA", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_Utf8BomAndCrlf_Accepted()
    {
        var text = TestDataFolder.Observations.ReplaceLineEndings("\r\n");
        _folder.WriteBytes("observations/paper.csv", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray());
        using var c = _db.Open();

        var summary = DataFolderImporter.Import(c, _folder.Path);

        Assert.Equal(6, summary.Observations);
    }

    [Fact]
    public void Import_ValidFolder_RecordsEachFilesContentHash()
    {
        using var c = _db.Open();

        DataFolderImporter.Import(c, _folder.Path);

        Assert.Equal(ContentHash.OfFile(Path.Combine(_folder.Path, "observations", "paper.csv")),
            c.ExecuteScalar<string>("SELECT content_hash FROM datasets WHERE id = 'paper'"));
    }

    [Fact]
    public void Import_BulkLoad_LeavesTheSchemaIndexesAndForeignKeysAsTheyWere()
    {
        using var c = _db.Open();
        const string Schema = "SELECT group_concat(name || ':' || IFNULL(sql, ''), '|') FROM (SELECT name, sql FROM sqlite_master ORDER BY name)";
        var before = c.ExecuteScalar<string>(Schema);

        DataFolderImporter.Import(c, _folder.Path);
        var afterSuccess = c.ExecuteScalar<string>(Schema);

        // The key index is rebuilt after the load and the dataset index kept through it: both agree with the table.
        Assert.Equal("ok", c.ExecuteScalar<string>("PRAGMA integrity_check"));
        Assert.Equal(6, c.ExecuteScalar<int>("SELECT COUNT(*) FROM observations INDEXED BY ix_observations_dataset WHERE dataset_id = 'paper'"));
        _folder.AppendLine("observations/paper.csv", "top500-systems,KAZ,,2019-11,,oops,paper,§2.4,stated,,");
        Assert.Throws<ImportFailedException>(() => DataFolderImporter.Import(c, _folder.Path));

        Assert.Equal(before, afterSuccess);
        Assert.Equal(before, c.ExecuteScalar<string>(Schema));
        Assert.Contains("ux_observations_key", before, StringComparison.Ordinal);
        Assert.Equal(1, c.ExecuteScalar<int>("PRAGMA foreign_keys"));
        Assert.Empty(c.Query("PRAGMA foreign_key_check"));
        const string Insert = "INSERT INTO observations (dataset_id, indicator_id, entity_code, period, period_kind, period_start, period_end, value, source_id, locator, basis, line) " +
            "VALUES ('paper', @indicator, 'CHN', '2019-11', 'month', 0, 0, 1, 'paper', 'x', 'stated', 1)";
        Assert.Contains("UNIQUE", Assert.Throws<SqliteException>(() => c.Execute(Insert, new { indicator = "top500-systems" })).Message, StringComparison.Ordinal);
        Assert.Contains("FOREIGN KEY", Assert.Throws<SqliteException>(() => c.Execute(Insert, new { indicator = "no-such-indicator" })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DuplicateKeyAcrossFiles_NamesTheFirstFileAndLine()
    {
        _folder.Write("observations/more.csv", "indicator,entity,counterpart,period,period_as_stated,value,source,locator,basis,derived_from,note\n" +
            "top500-systems,KAZ,,2019-11,,1,paper,§2.4,stated,,\ntop500-systems,USA,,2019-11,,117,paper,§2.4,stated,,");
        using var c = _db.Open();

        var ex = Assert.Throws<ImportFailedException>(() => DataFolderImporter.Import(c, _folder.Path));

        // Files are read in name order: more.csv before paper.csv, so paper.csv's row is the duplicate.
        var error = Assert.Single(ex.Errors);
        Assert.Equal("data/observations/paper.csv line 5, column period: '2019-11' duplicates the key (indicator top500-systems, entity USA, period 2019-11) already given in dataset 'more' line 3",
            error.ToString());
    }

    [Fact]
    public void Load_RowsDuplicatingStoredOrEarlierRows_ReportedAndNotStored()
    {
        using var c = _db.Open();
        DataFolderImporter.Import(c, _folder.Path);
        const string File = "indicator,entity,counterpart,period,period_as_stated,value,source,locator,basis,derived_from,note\n" +
            "top500-systems,KAZ,,2019-11,,1,paper,§2.4,stated,,\n" +
            "top500-systems,CHN,,2019-11,,229,paper,§2.4,stated,,\n" +
            "top500-systems,KAZ,,2019-11,,2,paper,§2.4,stated,,\n" +
            "top500-systems,KGZ,,2019-11,,x,paper,§2.4,stated,,\n";
        var errors = new ErrorList();
        using var t = c.BeginTransaction();
        c.Execute("INSERT INTO datasets (id, file_name, format, origin, content_hash, row_count, imported_at) VALUES ('upload', 'u.csv', 'contract', 'upload', 'h', 0, 'now')", transaction: t);
        var refs = ReferenceSet.Load(c, t);
        long rows;
        using (var writer = new ObservationWriter(c, t))
        {
            rows = ObservationLoad.Load(new MemoryStream(Encoding.UTF8.GetBytes(File)), "upload.csv", "upload", refs, writer, errors, keys: null);
        }

        Assert.Equal(1, rows);
        Assert.Equal(
            [
                "upload.csv line 5, column value: 'x' is not a number",
                "upload.csv line 3, column period: '2019-11' duplicates the key (indicator top500-systems, entity CHN, period 2019-11) already given in dataset 'paper' line 4",
                "upload.csv line 4, column period: '2019-11' duplicates the key (indicator top500-systems, entity KAZ, period 2019-11) already given in dataset 'upload' line 2",
            ],
            errors.Items.Select(e => e.ToString()));
        Assert.Equal(1, c.ExecuteScalar<int>("SELECT COUNT(*) FROM observations WHERE dataset_id = 'upload'", transaction: t));
    }

    [Fact]
    public void Load_ConstraintOtherThanTheKey_ThrowsInsteadOfReportingADuplicate()
    {
        using var c = _db.Open();
        DataFolderImporter.Import(c, _folder.Path);
        const string File = "indicator,entity,counterpart,period,period_as_stated,value,source,locator,basis,derived_from,note\n" +
            "top500-systems,KAZ,,2019-11,,1,paper,§2.4,stated,,\n";
        using var t = c.BeginTransaction();
        using var writer = new ObservationWriter(c, t);

        // No datasets row for 'orphan': the foreign key fails, which is not a duplicate key.
        var ex = Assert.Throws<SqliteException>(() => ObservationLoad.Load(
            new MemoryStream(Encoding.UTF8.GetBytes(File)), "orphan.csv", "orphan", ReferenceSet.Load(c, t), writer, new ErrorList(), keys: null));

        Assert.Contains("FOREIGN KEY", ex.Message, StringComparison.Ordinal);
    }

    private static string Snapshot(Microsoft.Data.Sqlite.SqliteConnection c) =>
        string.Join('\n', new[] { "observations", "datasets", "projects", "events", "entities", "indicators", "sources" }
            .Select(t => t + ":" + string.Join('|', c.Query<string>($"SELECT quote(rowid) || ',' || COUNT(*) FROM {t}"))
                + ":" + c.ExecuteScalar<string>($"SELECT group_concat(x, '|') FROM (SELECT quote(rowid) || (SELECT COUNT(*) FROM {t}) AS x FROM {t})")))
        + c.ExecuteScalar<string>("SELECT group_concat(value, ',') FROM observations")
        + c.ExecuteScalar<string>("SELECT group_concat(cameras, ',') FROM projects");
}
