using Dapper;
using Dashboard.Data.Model;
using Dashboard.Data.Queries;

namespace Dashboard.Tests.Claims;

/// <summary>
/// Claims read several ways are judged on their basis reading (the period, edition or list the paper's figure could
/// rest on), with the other readings beside them as context. The basis, its value and status, and the context readings
/// are pinned here, so changing which reading is the basis fails a test instead of passing silently.
/// </summary>
public sealed class ClaimReadingsTests : IDisposable
{
    private readonly ShippedClaimStore _store = new();
    private readonly ClaimQueries _claims;

    public ClaimReadingsTests() => _claims = _store.Claims;

    public void Dispose() => _store.Dispose();

    private Task<ClaimCheck> ClaimAsync(string id) => _store.ClaimAsync(id);

    private Task<ClaimCheck> ContextAsync(string id) => _store.ContextAsync(id);

    public static TheoryData<string, string, double, ClaimStatus, string[]> BasisReadings => new()
    {
        // claim, its basis reading, the value recomputed there (2 decimals), its status, the context readings in order
        { "arms-share-chn-2015-2019", "2015-2019", 14.36, ClaimStatus.Diverges, ["arms-share-chn-2016-2020", "arms-share-chn-2017-2021"] },
        { "top500-2019-11-chn", "2019-11", 228, ClaimStatus.Matches, ["top500-2022-11-chn", "top500-2023-06-chn"] },
        { "top500-2019-11-usa", "2019-11", 117, ClaimStatus.Matches, ["top500-2022-11-usa", "top500-2023-06-usa"] },
        { "top500-2019-11-rus", "2019-11", 3, ClaimStatus.Matches, ["top500-2022-11-rus", "top500-2023-06-rus"] },
        { "debt-share-kgz", "2018", 47.07, ClaimStatus.Diverges, ["debt-share-kgz-2015"] },
        { "debt-share-tjk", "2018", 41.10, ClaimStatus.Diverges, ["debt-share-tjk-2015"] },
        { "arms-surpass-rus-tkm-2015-2019", "2015-2019", 2.84, ClaimStatus.Matches, ["arms-surpass-rus-tkm-2016-2020", "arms-surpass-rus-tkm-2017-2021"] },
        { "arms-surpass-rus-uzb-2015-2019", "2015-2019", 1.79, ClaimStatus.Matches, ["arms-surpass-rus-uzb-2016-2020", "arms-surpass-rus-uzb-2017-2021"] },
        {
            "arms-largest-rus-2016-2020", "2016-2020", 1, ClaimStatus.Matches,
            ["arms-largest-rus-2015-2019", "arms-largest-rus-2017-2021", "arms-largest-rus-2018-2022", "arms-largest-rus-2019-2023"]
        },
    };

    [Theory]
    [MemberData(nameof(BasisReadings))]
    public async Task GetClaimChecks_ClaimWithSeveralReadings_JudgedOnItsBasisWithContextBeside(string id, string basis, double value, ClaimStatus status, string[] context)
    {
        var all = await _claims.GetClaimChecksAsync();
        var check = Assert.Single(all, c => c.Claim.Id == id);

        Assert.Null(check.Claim.ReadingOf);
        Assert.Equal(basis, check.Claim.Period);
        Assert.Equal(value, Math.Round(check.Recomputed!.Value, 2));
        Assert.Equal(status, check.Status);
        Assert.False(string.IsNullOrWhiteSpace(check.Claim.BasisReason));
        Assert.Equal(context, check.Context.Select(c => c.Claim.Id));
        Assert.All(check.Context, c => Assert.Equal(id, c.Claim.ReadingOf));
        Assert.All(check.Context, c => Assert.NotNull(c.Recomputed));
        Assert.DoesNotContain(all, c => context.Contains(c.Claim.Id));
    }

    [Theory]
    [InlineData("arms-share-chn-2016-2020", 17.05, ClaimStatus.Close)]
    [InlineData("arms-share-chn-2017-2021", 6.59, ClaimStatus.Diverges)]
    [InlineData("top500-2022-11-chn", 162, ClaimStatus.Diverges)]
    [InlineData("top500-2022-11-usa", 127, ClaimStatus.Diverges)]
    [InlineData("top500-2022-11-rus", 7, ClaimStatus.Diverges)]
    [InlineData("top500-2023-06-chn", 134, ClaimStatus.Diverges)]
    [InlineData("top500-2023-06-usa", 150, ClaimStatus.Diverges)]
    [InlineData("top500-2023-06-rus", 7, ClaimStatus.Diverges)]
    [InlineData("debt-share-kgz-2015", 37.98, ClaimStatus.Close)]
    [InlineData("debt-share-tjk-2015", 49.97, ClaimStatus.Matches)]
    [InlineData("arms-surpass-rus-tkm-2016-2020", 6.82, ClaimStatus.Matches)]
    [InlineData("arms-surpass-rus-tkm-2017-2021", 10.33, ClaimStatus.Matches)]
    [InlineData("arms-surpass-rus-uzb-2016-2020", 1.01, ClaimStatus.Matches)]
    [InlineData("arms-surpass-rus-uzb-2017-2021", 0.68, ClaimStatus.Diverges)]
    [InlineData("arms-largest-rus-2018-2022", 1, ClaimStatus.Matches)]
    public async Task GetClaimChecks_ContextReading_OwnValueAndStatus(string id, double value, ClaimStatus status)
    {
        var context = await ContextAsync(id);

        Assert.Equal(value, Math.Round(context.Recomputed!.Value, 2));
        Assert.Equal(status, context.Status);
    }

    [Theory]
    [InlineData("arms-share-chn-2015-2019", "May 2020")]
    [InlineData("arms-surpass-rus-tkm-2015-2019", "2015–2019")]
    [InlineData("top500-2019-11-chn", "about 3.5 years old")]
    [InlineData("debt-share-kgz", "judged on 2018")]
    [InlineData("debt-share-tjk", "IDS 2020, October 2019")]
    [InlineData("arms-largest-rus-2016-2020", "2016–2020")]
    public async Task GetClaimChecks_BasisReason_StatesWhyThisReading(string id, string words) =>
        Assert.Contains(words, (await ClaimAsync(id)).Claim.BasisReason, StringComparison.Ordinal);

    [Fact]
    public async Task GetClaimChecks_ContextOnlyReadingMadeTheBasis_StatusFollowsTheBasis()
    {
        Assert.Equal(ClaimStatus.Diverges, (await ClaimAsync("arms-share-chn-2015-2019")).Status);
        using (var c = _store.Open())
        {
            c.Execute("""
                UPDATE claims SET reading_of = NULL, basis_reason = 'test' WHERE id = 'arms-share-chn-2016-2020';
                UPDATE claims SET reading_of = 'arms-share-chn-2016-2020', basis_reason = NULL WHERE id IN ('arms-share-chn-2015-2019', 'arms-share-chn-2017-2021');
                """);
        }

        var check = await ClaimAsync("arms-share-chn-2016-2020");

        Assert.Equal(ClaimStatus.Close, check.Status);
        Assert.Equal(["arms-share-chn-2015-2019", "arms-share-chn-2017-2021"], check.Context.Select(c => c.Claim.Id));
    }

    [Fact]
    public async Task GetClaimChecks_LookupClaims_SupportListsThePeriodsTheSeriesGivesTheFigure()
    {
        Assert.Equal(["2015", "2016", "2017", "2022", "2023", "2024"], (await ClaimAsync("debt-share-kgz")).Support.Select(s => s.Period));
        var tjk = (await ClaimAsync("debt-share-tjk")).Support;
        Assert.Equal(["2014", "2015", "2016"], tjk.Select(s => s.Period));
        Assert.Equal(ClaimStatus.Matches, tjk.Single(s => s.Period == "2015").Status);
        Assert.Equal(["2019-11"], (await ClaimAsync("top500-2019-11-chn")).Support.Select(s => s.Period));
        Assert.Empty((await ContextAsync("debt-share-kgz-2015")).Support);
    }

    [Fact]
    public async Task GetClaimChecks_RussiaLargestSupplier_DetailGivesShareAndTheNextSupplier()
    {
        var check = await ClaimAsync("arms-largest-rus-2016-2020");

        Assert.Contains("RUS: 1323.66 of 2158.11 TIV m delivered to CA5 in 2016–2020 (61.33 %), rank 1 of", check.Detail, StringComparison.Ordinal);
        Assert.Contains("next: CHN 367.9 (17.05 %)", check.Detail, StringComparison.Ordinal);
        Assert.All(check.Context, c => Assert.Equal((1.0, ClaimStatus.Matches), (c.Recomputed!.Value, c.Status)));
    }

    [Fact]
    public async Task GetClaimChecks_RussiaNearlyAbsentIn2016To2020_LargestSupplierClaimDiverges()
    {
        using (var c = _store.Open())
        {
            c.Execute("""
                UPDATE observations SET value = 0.5
                WHERE indicator_id = 'arms-tiv-delivered' AND counterpart_code = 'RUS' AND period BETWEEN '2016' AND '2020'
                  AND entity_code IN ('KAZ', 'KGZ', 'TJK', 'TKM', 'UZB')
                """);
        }

        var check = await ClaimAsync("arms-largest-rus-2016-2020");

        Assert.True(check.Recomputed > 1);
        Assert.Equal(ClaimStatus.Diverges, check.Status);
        Assert.Contains("largest: CHN 367.9", check.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetClaimChecks_RussiaDeliversMoreToUzbekistan_SurpassClaimDiverges()
    {
        Assert.Equal(ClaimStatus.Matches, (await ClaimAsync("arms-surpass-rus-uzb-2015-2019")).Status);
        using (var c = _store.Open())
        {
            Assert.Equal(1, c.Execute("""
                UPDATE observations SET value = value + 100
                WHERE id = (SELECT id FROM observations WHERE indicator_id = 'arms-tiv-delivered' AND entity_code = 'UZB' AND counterpart_code = 'RUS'
                            AND period BETWEEN '2015' AND '2019' ORDER BY id LIMIT 1)
                """));
        }

        var check = await ClaimAsync("arms-surpass-rus-uzb-2015-2019");

        Assert.Equal(0.67, Math.Round(check.Recomputed!.Value, 2));
        Assert.Equal(ClaimStatus.Diverges, check.Status);
        Assert.Contains("CHN 107 TIV m vs RUS 159.85 TIV m delivered to UZB in 2015–2019", check.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetClaimChecks_ChineseArmedDrones_DeliveryYearsFromTheRegister()
    {
        var region = await ClaimAsync("drones-chn-ca5-2016-2021");
        Assert.Equal((3.0, ClaimStatus.Matches, "sipri-at-2025"), (region.Recomputed!.Value, region.Status, region.PrimarySourceId));
        Assert.Contains("2016 KAZ: China delivers 3 Wing Loong-1 armed UAVs to Kazakhstan", region.Detail, StringComparison.Ordinal);
        Assert.Contains("2016 TKM: China delivers 2 CH-3 armed UAVs to Turkmenistan", region.Detail, StringComparison.Ordinal);
        Assert.Contains("2016 TKM: China delivers 2 WJ-600 armed UAVs to Turkmenistan", region.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("UZB", region.Detail, StringComparison.Ordinal);
        Assert.Contains("SIPRI AT Database ID 60016", region.Detail, StringComparison.Ordinal);

        foreach (var (id, year) in new[] { ("drones-uzb-wing-loong-1", "2014 UZB"), ("drones-tkm-ch-3", "2016 TKM"), ("drones-tkm-wj-600", "2016 TKM") })
        {
            var check = await ClaimAsync(id);
            Assert.Equal((1.0, ClaimStatus.Matches), (check.Recomputed!.Value, check.Status));
            Assert.StartsWith("1 event of CHN in", check.Detail, StringComparison.Ordinal);
            Assert.Contains(year, check.Detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task GetClaimChecks_RegisterEventsOf2016Removed_DroneClaimDiverges()
    {
        using (var c = _store.Open())
        {
            Assert.Equal(3, c.Execute("DELETE FROM events WHERE source_id = 'sipri-at-2025' AND date = '2016'"));
        }

        var check = await ClaimAsync("drones-chn-ca5-2016-2021");

        Assert.Equal((0.0, ClaimStatus.Diverges), (check.Recomputed!.Value, check.Status));
        Assert.StartsWith("no events of CHN in CA5, 2016–2021", check.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetClaimChecks_NoEventCitesTheRegister_DroneClaimsNotCheckable()
    {
        using (var c = _store.Open())
        {
            c.Execute("DELETE FROM events WHERE source_id = 'sipri-at-2025'");
        }

        var check = await ClaimAsync("drones-uzb-wing-loong-1");

        Assert.Equal(ClaimStatus.NotCheckable, check.Status);
        Assert.Equal("no dated event in the database cites a source of arms-tiv-delivered", check.Detail);
    }
}
