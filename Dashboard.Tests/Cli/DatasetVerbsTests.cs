using System.Text;
using System.Text.Json;
using Dashboard.Tests.Support;
using Dashboard.Web.Cli;

namespace Dashboard.Tests.Cli;

public sealed class DatasetVerbsTests : IDisposable
{
    private const string Owid = """
        Entity,Code,Year,AI papers per million people
        Kazakhstan,KAZ,2020,12
        Kyrgyzstan,KGZ,2021,4
        """;

    private const string Bad = """
        indicator,entity,counterpart,period,period_as_stated,value,source,locator,basis,derived_from,note
        top500-systems,KAZ,,2019-11,,abc,paper,t1,stated,,
        top500-systems,XXX,,2019-11,,1,paper,t1,stated,,
        """;

    private readonly TestDataFolder _folder = new();
    private readonly TempFolder _temp = new("geoai-cli-");

    public void Dispose()
    {
        _folder.Dispose();
        _temp.Dispose();
    }

    private string Db => Path.Combine(_temp.Path, "store.db");

    private string File(string name, string content)
    {
        var path = Path.Combine(_temp.Path, name);
        System.IO.File.WriteAllText(path, content.ReplaceLineEndings("\n") + "\n", new UTF8Encoding(false));
        return path;
    }

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliDispatcher.TryRun([.. args, "--db", Db, "--data", _folder.Path], stdout, stderr);
        Assert.NotNull(exit);
        return (exit.Value, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Validate_GoodFile_Exit0WithDiffAndChangesNothing()
    {
        var (exit, stdout, _) = Run("validate", File("ai-papers.csv", Owid));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("ai-papers: 2 new, 0 changed, 0 removed, 0 unchanged", stdout, StringComparison.Ordinal);
        Assert.Contains("dry run: no errors; nothing was changed", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("ai-papers", Run("list").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadFile_Exit1WithEveryErrorLocated()
    {
        var (exit, stdout, _) = Run("validate", File("bad.csv", Bad));

        Assert.Equal(ExitCodes.ValidationErrors, exit);
        Assert.Contains("error: bad.csv line 2, column value: 'abc' is not a number", stdout, StringComparison.Ordinal);
        Assert.Contains("error: bad.csv line 3, column entity: 'XXX' is not a known entity", stdout, StringComparison.Ordinal);
        Assert.Contains("2 errors; nothing was changed", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Json_IsMachineReadable()
    {
        var (exit, stdout, _) = Run("validate", "--json", File("bad.csv", Bad));

        Assert.Equal(ExitCodes.ValidationErrors, exit);
        var json = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(2, json.GetProperty("errorCount").GetInt32());
        var first = json.GetProperty("errors")[0];
        Assert.Equal(("bad.csv", 2, "value", "abc"), (first.GetProperty("file").GetString(), first.GetProperty("line").GetInt32(),
            first.GetProperty("column").GetString(), first.GetProperty("value").GetString()));
    }

    [Fact]
    public void ImportListRemove_RoundTrip_WithExitCodes()
    {
        var path = File("ai-papers.csv", Owid);

        var import = Run("import", path, "--json");
        Assert.Equal(ExitCodes.Ok, import.Exit);
        Assert.True(JsonDocument.Parse(import.Out).RootElement.GetProperty("applied").GetBoolean());

        var list = JsonDocument.Parse(Run("list", "--json").Out).RootElement;
        var dataset = list.GetProperty("datasets").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "ai-papers");
        Assert.Equal(("upload", 2), (dataset.GetProperty("origin").GetString(), dataset.GetProperty("rowCount").GetInt32()));

        var again = Run("import", path, "--dataset", "ai-papers");
        Assert.Equal(ExitCodes.Ok, again.Exit);
        Assert.Contains("replaces the dataset's 2 rows", again.Out, StringComparison.Ordinal);
        Assert.Contains("ai-papers: 0 new, 0 changed, 0 removed, 2 unchanged", again.Out, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Ok, Run("remove", "ai-papers").Exit);
        Assert.Equal(ExitCodes.NotFound, Run("remove", "ai-papers").Exit);
        Assert.DoesNotContain("ai-papers", Run("list").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_BadFile_Exit1AndStoresNothing()
    {
        Run("list");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var before = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.IO.File.ReadAllBytes(Db)));

        var (exit, _, _) = Run("import", File("bad.csv", Bad));

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Equal(before, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.IO.File.ReadAllBytes(Db))));
        Assert.False(System.IO.File.Exists(Db + "-wal") && new FileInfo(Db + "-wal").Length > 0, "the rejected import wrote to the WAL");
        Assert.Equal(ExitCodes.ValidationErrors, exit);
        Assert.DoesNotContain("bad", Run("list").Out.Split('\n').Skip(1).Select(l => l.Split('\t')[0]));
    }

    [Fact]
    public void Remove_ShippedDataset_Exit4()
    {
        var (exit, _, stderr) = Run("remove", "paper");

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("'paper' is a shipped dataset", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("validate", "a.csv", "b.csv")]
    [InlineData("import", "a.csv", "--dataset", "Not_A_Slug")]
    [InlineData("import", "a.csv", "--frobnicate")]
    [InlineData("remove")]
    [InlineData("list", "extra")]
    public void Verb_BadArguments_Exit2WithUsage(params string[] args)
    {
        var (exit, _, stderr) = Run(args);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("usage: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MissingFile_Exit3()
    {
        Assert.Equal(ExitCodes.NotFound, Run("import", Path.Combine(_temp.Path, "nope.csv")).Exit);
    }

    [Fact]
    public void Import_WithProgress_WritesProgressLinesToStderr()
    {
        var rows = string.Join('\n', Enumerable.Range(1500, 1400).Select(y => $"Kazakhstan,KAZ,{y},{y % 97}"));
        var (exit, _, stderr) = Run("import", File("long.csv", "Entity,Code,Year,Long series of values\n" + rows), "--progress");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("long.csv: ", stderr, StringComparison.Ordinal);
        Assert.Contains("read (100 %)", stderr, StringComparison.Ordinal);
        Assert.Contains("1,400 of 1,400 rows checked and written (100 %)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_StoreLockedByAnotherWriter_WaitsWithProgressThenExit5WhileValidateStillWorks()
    {
        var path = File("ai-papers.csv", Owid);
        Run("list");
        using (var writer = new Microsoft.Data.Sqlite.SqliteConnection(Dashboard.Data.Database.ConnectionStringFor(Db)))
        {
            writer.Open();
            using var held = writer.BeginTransaction(deferred: false);
            Dapper.SqlMapper.Execute(writer, "UPDATE meta SET value = value WHERE key = 'data_version'", transaction: held);

            var import = Run("import", path, "--wait", "2");
            var validate = Run("validate", path);

            Assert.Equal(ExitCodes.Busy, import.Exit);
            Assert.Contains("ai-papers.csv: waiting for the store: another process (an import, a removal or a rebuild) is writing to it", import.Err, StringComparison.Ordinal);
            Assert.Contains("import: the store is locked by another writer", import.Err, StringComparison.Ordinal);
            Assert.Equal(ExitCodes.Ok, validate.Exit);
            Assert.Contains("ai-papers: 2 new", validate.Out, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("ai-papers", Run("list").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Remove_StoreLockedByAnotherWriter_Exit5()
    {
        Assert.Equal(ExitCodes.Ok, Run("import", File("ai-papers.csv", Owid)).Exit);
        using var writer = new Microsoft.Data.Sqlite.SqliteConnection(Dashboard.Data.Database.ConnectionStringFor(Db));
        writer.Open();
        using var held = writer.BeginTransaction(deferred: false);
        Dapper.SqlMapper.Execute(writer, "UPDATE meta SET value = value WHERE key = 'data_version'", transaction: held);

        var (exit, _, stderr) = Run("remove", "ai-papers", "--wait", "1");

        Assert.Equal(ExitCodes.Busy, exit);
        Assert.Contains("remove: the store is locked by another writer", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_OntoAShippedDatasetId_Exit4AndRefused()
    {
        var (exit, stdout, _) = Run("import", File("paper.csv", Owid));

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("is a shipped dataset (from data/)", stdout, StringComparison.Ordinal);
        Assert.Contains("refused; nothing was changed", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SemicolonWindows1251File_SaysHowItWasReadAndOptionsOverride()
    {
        var path = Path.Combine(_temp.Path, "ru.csv");
        var text = "Entity;Code;Year;Доля\r\nКазахстан;KAZ;2020;12,5\r\n";
        System.IO.File.WriteAllBytes(path, Dashboard.Data.Import.Tables.TextEncodingDetector.Resolve("windows-1251")!.GetBytes(text));

        var detected = Run("validate", path);
        var json = JsonDocument.Parse(Run("validate", path, "--json", "--encoding", "windows-1251", "--delimiter", ";", "--decimal", ",").Out).RootElement;

        Assert.Equal(ExitCodes.Ok, detected.Exit);
        Assert.Contains("read as Windows-1251 (not UTF-8; Cyrillic text), ';' delimiter, ',' decimals", detected.Out, StringComparison.Ordinal);
        Assert.Equal("read as Windows-1251 (given), ';' delimiter (given), ',' decimals (given)", json.GetProperty("dialect").GetString());
    }

    [Fact]
    public void Import_CountryTableWithNamedIndicator_ImportsAndWithoutItAsksForIt()
    {
        var path = File("growth.csv", "Country,2019,2020\nKazakhstan,4.5,-2.5\nTajikistan,7.4,4.4");

        var missing = Run("validate", path);
        var named = Run("import", path, "--indicator", "gdp-growth", "--indicator-name", "GDP growth", "--unit", "%", "--source", "paper");

        Assert.Equal(ExitCodes.ValidationErrors, missing.Exit);
        Assert.Contains("error: growth.csv, column indicator: is needed: this looks like a table of countries by year (countries in column 'Country', one column per year (2019–2020))", missing.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, named.Exit);
        Assert.Contains("gdp-growth: 4 new", named.Out, StringComparison.Ordinal);
    }
}

