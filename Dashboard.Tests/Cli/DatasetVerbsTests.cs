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
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "geoai-cli-" + Guid.NewGuid().ToString("N"));

    public DatasetVerbsTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private string Db => Path.Combine(_dir, "store.db");

    private string File(string name, string content)
    {
        var path = Path.Combine(_dir, name);
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
        var (exit, _, _) = Run("import", File("bad.csv", Bad));

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
        Assert.Equal(ExitCodes.NotFound, Run("import", Path.Combine(_dir, "nope.csv")).Exit);
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
}
