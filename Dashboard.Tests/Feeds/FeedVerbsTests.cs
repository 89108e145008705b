using System.Text.Json;
using Dashboard.Data.Feeds;
using Dashboard.Tests.Support;
using Dashboard.Web.Cli;

namespace Dashboard.Tests.Feeds;

/// <summary><c>feed add|list|remove</c> and <c>refresh [feed]</c> against a loopback source.</summary>
[Collection(FeedCliRunAlone.Name)]
public sealed class FeedVerbsTests : IAsyncLifetime
{
    private const string Path = "/v2/country/KAZ;KGZ/indicator/IT.NET.USER.ZS";
    private readonly Dictionary<string, string?> _saved = new(StringComparer.Ordinal);
    private FeedHarness _h = null!;

    public async Task InitializeAsync()
    {
        _h = await FeedHarness.StartAsync();
        foreach (var (key, value) in _h.Settings)
        {
            var name = key.Replace(":", "__", StringComparison.Ordinal);
            _saved[name] = Environment.GetEnvironmentVariable(name);
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var (name, value) in _saved)
        {
            Environment.SetEnvironmentVariable(name, value);
        }

        await _h.DisposeAsync();
    }

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliDispatcher.TryRun([.. args, "--db", _h.DatabasePath, "--data", _h.Folder.Path], stdout, stderr);
        Assert.NotNull(exit);
        return (exit.Value, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void FeedAdd_ThenRefresh_BoundFetchedAndReported()
    {
        _h.ServeWorldBank(Path, 1);

        var add = Run("feed", "add", "wb-internet", "--kind", "world-bank", "--url", _h.Server.BaseUrl + Path + "?format=json", "--schedule", "monthly");
        var refresh = Run("refresh", "wb-internet");

        Assert.True(add.Exit == 0, add.Err);
        Assert.Equal(FeedSchedule.Monthly, _h.Store.Get("wb-internet")!.Schedule);
        Assert.True(refresh.Exit == 0, refresh.Out + refresh.Err);
        Assert.StartsWith("wb-internet: changed: ", refresh.Out, StringComparison.Ordinal);
        Assert.Equal(92.3, _h.Value("wdi-it-net-user-zs", "KAZ", "2022"));
        Assert.Equal("cli", _h.Store.Attempts("wb-internet")[0].Trigger);
    }

    [Fact]
    public void Refresh_SourceFails_Exit6AndTheReason()
    {
        _h.Bind("wb-internet", FeedKind.WorldBank, Path + "?format=json");
        _h.Server.On(Path + "?format=json&per_page=1000&page=1", FixtureResponse.Empty(404));

        var (exit, output, _) = Run("refresh");

        Assert.Equal(ExitCodes.RefreshFailed, exit);
        Assert.Contains("wb-internet: failed: ", output, StringComparison.Ordinal);
        Assert.Contains("does not exist (404", output, StringComparison.Ordinal);
    }

    [Fact]
    public void FeedAdd_HostNotAllowed_RefusedNothingStored()
    {
        var (exit, _, err) = Run("feed", "add", "x", "--kind", "file", "--url", "https://files.example.org/a.csv");

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("url: the host files.example.org is not in Feeds:AllowedHosts", err, StringComparison.Ordinal);
        Assert.Null(_h.Store.Get("x"));
    }

    [Fact]
    public void FeedAdd_UnknownKind_UsageError()
    {
        var (exit, _, err) = Run("feed", "add", "x", "--kind", "ftp", "--url", _h.Server.BaseUrl + "/a.csv");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("kind: 'ftp' is not a feed kind", err, StringComparison.Ordinal);
    }

    [Fact]
    public void FeedListAndRemove_JsonThenGone()
    {
        _h.Bind("wb-internet", FeedKind.WorldBank, Path + "?format=json");

        var list = Run("feed", "list", "--json");
        var remove = Run("feed", "remove", "wb-internet");
        var again = Run("feed", "remove", "wb-internet");

        using var json = JsonDocument.Parse(list.Out);
        Assert.Equal("world-bank", json.RootElement[0].GetProperty("kind").GetString());
        Assert.Equal(0, remove.Exit);
        Assert.Equal(ExitCodes.NotFound, again.Exit);
        Assert.Null(_h.Store.Get("wb-internet"));
    }

    [Fact]
    public void Refresh_UnknownFeed_Exit3()
    {
        var (exit, _, err) = Run("refresh", "nope");

        Assert.Equal(ExitCodes.NotFound, exit);
        Assert.Contains("no feed 'nope'", err, StringComparison.Ordinal);
    }
}
