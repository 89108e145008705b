using Dapper;
using Dashboard.Data;
using Dashboard.Data.Queries;
using Dashboard.Tests.Import.Formats;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Derive;

/// <summary>The derived series shipped in data/ reproduce the figures of the paper and of SOURCES.md, read back from a store built from data/.</summary>
public sealed class ShippedDerivedDataTests : IDisposable
{
    private readonly TestDatabase _db = new();
    private readonly ObservationQueries _observations;

    public ShippedDerivedDataTests()
    {
        _db.Database.EnsureBuilt(DataFolder);
        _observations = new ObservationQueries(_db.Database);
    }

    private static string DataFolder => Path.Combine(SharedSources.RepoRoot ?? throw new InvalidOperationException("repository root not found"), "data");

    public void Dispose() => _db.Dispose();

    private async Task<double> ValueAsync(string indicator, string entity, string? counterpart, string period)
    {
        var o = (await _observations.GetObservationsAsync(indicator, new ObservationFilter { Entities = [entity], Counterpart = counterpart }))
            .SingleOrDefault(x => x.Period == period && x.CounterpartCode == counterpart);
        Assert.NotNull(o);
        Assert.Equal("derived", o.Basis);
        Assert.False(string.IsNullOrWhiteSpace(o.DerivedFrom));
        return o.Value;
    }

    [Theory]
    [InlineData("CHN", 228)]
    [InlineData("USA", 117)]
    [InlineData("RUS", 3)]
    public async Task Top500_November2019_CountsOfThePaper(string country, double expected) =>
        Assert.Equal(expected, await ValueAsync("top500-systems", country, null, "2019-11"));

    [Fact]
    public async Task Top500_AllListsFrom1993To2026_ForEachFocusCountryIncludingZeros()
    {
        using var c = _db.Open();
        foreach (var country in new[] { "CHN", "USA", "RUS", "KAZ", "UZB" })
        {
            Assert.Equal(67, await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM observations WHERE indicator_id = 'top500-systems' AND entity_code = @country", new { country }));
        }

        Assert.Equal(0, await ValueAsync("top500-systems", "KAZ", null, "2019-11"));
        Assert.Equal(2, await ValueAsync("top500-systems", "KAZ", null, "2025-11"));
        Assert.Equal("1993-06", await c.ExecuteScalarAsync<string>("SELECT MIN(period) FROM observations WHERE indicator_id = 'top500-systems'"));
        Assert.Equal("2026-06", await c.ExecuteScalarAsync<string>("SELECT MAX(period) FROM observations WHERE indicator_id = 'top500-systems'"));
    }

    [Theory]
    [InlineData("2010-2014", 1.60)]
    [InlineData("2015-2019", 14.36)]
    [InlineData("2016-2020", 17.05)]
    [InlineData("2017-2021", 6.59)]
    public async Task SipriShares_ChinaInCentralAsianImports_MatchSourcesMd(string window, double expectedPercent) =>
        Assert.Equal(expectedPercent, Math.Round(await ValueAsync("arms-supplier-share-5y", "CA5", "CHN", window), 2));

    [Fact]
    public async Task SipriTiv_2010To2014_ChinaOf16Point2Of1013Point42()
    {
        using var c = _db.Open();
        const string Sql = """
            SELECT ROUND(SUM(value), 2) FROM observations
            WHERE indicator_id = 'arms-tiv-delivered' AND entity_code IN (SELECT member_code FROM entity_members WHERE group_code = 'CA5')
              AND period BETWEEN '2010' AND '2014' AND (@supplier IS NULL OR counterpart_code = @supplier)
            """;

        Assert.Equal(1013.42, await c.ExecuteScalarAsync<double>(Sql, new { supplier = (string?)null }));
        Assert.Equal(16.2, await c.ExecuteScalarAsync<double>(Sql, new { supplier = "CHN" }));
        Assert.Equal(53.32, Math.Round(await ValueAsync("arms-supplier-share-5y", "CA5", "RUS", "2010-2014"), 2));
    }

    [Theory]
    [InlineData("KGZ", "2019", 47.9)]
    [InlineData("TJK", "2016", 53.2)]
    [InlineData("TJK", "2024", 27.5)]
    public async Task DebtShare_ChinaBilateral_MatchesSourcesMd(string country, string year, double expected) =>
        Assert.Equal(expected, Math.Round(await ValueAsync("external-debt-share-china-bilateral", country, "CHN", year), 1));

    [Fact]
    public async Task CsetAndAigs_FiguresOfSourcesMd()
    {
        Assert.Equal(103493, await ValueAsync("ai-publications", "CHN", null, "2023"));
        Assert.Equal(3, await ValueAsync("ai-publications", "TKM", null, "2023"));
        Assert.Equal(1, await ValueAsync("aigs-smart-policing", "KGZ", null, "2022"));
        Assert.Equal(0, await ValueAsync("aigs-social-media-surveillance", "KGZ", null, "2022"));
        using var c = _db.Open();
        Assert.Equal(0, await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM observations WHERE indicator_id LIKE 'aigs-%' AND entity_code = 'TKM'"));
    }

    [Fact]
    public async Task Editions_EverySourceOfADerivedRowHasOne()
    {
        using var c = _db.Open();
        var missing = (await c.QueryAsync<string>(
            "SELECT DISTINCT s.id FROM observations o JOIN sources s ON s.id = o.source_id WHERE o.basis = 'derived' AND IFNULL(s.edition, '') = ''")).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void DerivedFiles_EachUnderOneMegabyte()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(DataFolder, "observations"), "*.csv").Where(f => !f.EndsWith("paper.csv", StringComparison.Ordinal)))
        {
            Assert.True(new FileInfo(file).Length < 1024 * 1024, file);
        }
    }
}
