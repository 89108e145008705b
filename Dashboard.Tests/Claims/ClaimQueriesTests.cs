using Dapper;
using Dashboard.Data.Model;
using Dashboard.Data.Queries;

namespace Dashboard.Tests.Claims;

/// <summary>Statuses are recomputed from the store: a copy of the shipped store is changed and the statuses follow.</summary>
public sealed class ClaimQueriesTests : IDisposable
{
    private readonly ShippedClaimStore _store = new();
    private readonly ClaimQueries _claims;

    public ClaimQueriesTests() => _claims = _store.Claims;

    public void Dispose() => _store.Dispose();

    private Task<ClaimCheck> CheckAsync(string id) => _store.ClaimAsync(id);

    [Fact]
    public async Task GetClaimChecks_ShippedData_StatusesOfTheSingleReadingClaims()
    {
        var checks = (await _claims.GetClaimChecksAsync()).ToDictionary(c => c.Claim.Id);

        Assert.Equal(ClaimStatus.Close, checks["arms-share-chn-2010-2014"].Status);
        Assert.Equal(1.60, Math.Round(checks["arms-share-chn-2010-2014"].Recomputed!.Value, 2));
        Assert.Empty(checks["arms-share-chn-2010-2014"].Context);
        Assert.Equal(ClaimStatus.NotCheckable, checks["china-ai-industry-2020"].Status);
        Assert.Null(checks["china-ai-industry-2020"].Recomputed);
        Assert.Equal(ClaimStatus.NotCheckable, checks["drones-kaz-elbit"].Status);
        Assert.Equal("data generated 3 Jan 2025", checks["arms-share-chn-2010-2014"].PrimaryEdition);
        Assert.Contains("100 × 16.2 / 1013.42 TIV m", checks["arms-share-chn-2010-2014"].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetClaimChecks_Top500CountChangedInTheStore_StatusDiverges()
    {
        using (var c = _store.Open())
        {
            c.Execute("UPDATE observations SET value = 200 WHERE indicator_id = 'top500-systems' AND entity_code = 'CHN' AND period = '2019-11'");
        }

        var check = await CheckAsync("top500-2019-11-chn");

        Assert.Equal(200, check.Recomputed);
        Assert.Equal(ClaimStatus.Diverges, check.Status);
    }

    [Fact]
    public async Task GetClaimChecks_ChinaTivLoweredByOne_2010To2014ShareNowMatches()
    {
        Assert.Equal(ClaimStatus.Close, (await CheckAsync("arms-share-chn-2010-2014")).Status);
        using (var c = _store.Open())
        {
            // 16.2 → 15.2 of 1012.42 TIV m = 1.501 %, which rounds to the paper's 1.5.
            var changed = c.Execute("""
                UPDATE observations SET value = value - 1
                WHERE id = (SELECT id FROM observations WHERE indicator_id = 'arms-tiv-delivered' AND counterpart_code = 'CHN'
                            AND entity_code IN ('KAZ', 'KGZ', 'TJK', 'TKM', 'UZB') AND period BETWEEN '2010' AND '2014' AND value >= 1
                            ORDER BY id LIMIT 1)
                """);
            Assert.Equal(1, changed);
        }

        var check = await CheckAsync("arms-share-chn-2010-2014");

        Assert.Equal(1.501, Math.Round(check.Recomputed!.Value, 3));
        Assert.Equal(ClaimStatus.Matches, check.Status);
    }

    [Fact]
    public async Task GetClaimChecks_PrimaryRowsRemoved_NotCheckableWithReason()
    {
        using (var c = _store.Open())
        {
            c.Execute("DELETE FROM observations WHERE indicator_id = 'external-debt-share-china-bilateral' AND entity_code = 'KGZ'");
        }

        var check = await CheckAsync("debt-share-kgz");

        Assert.Equal(ClaimStatus.NotCheckable, check.Status);
        Assert.Null(check.Recomputed);
        Assert.Contains("no derived value of external-debt-share-china-bilateral for KGZ ← CHN, 2018", check.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetClaimChecks_StatedPaperRowsNeverUsed_OnlyDerivedObservationsCount()
    {
        using (var c = _store.Open())
        {
            c.Execute("UPDATE observations SET basis = 'stated' WHERE indicator_id = 'top500-systems' AND entity_code = 'RUS' AND period = '2019-11'");
        }

        Assert.Equal(ClaimStatus.NotCheckable, (await CheckAsync("top500-2019-11-rus")).Status);
    }

    [Fact]
    public async Task GetMarks_SupplierShareIndicator_TivShareClaimsOnTheirWindows()
    {
        var marks = await _claims.GetMarksAsync("arms-supplier-share-5y");

        // Context readings (2016–2020, 2017–2021) are not marked: the ◆ stands on the reading the claim is judged on.
        Assert.Equal(["arms-share-chn-2010-2014", "arms-share-chn-2015-2019"], marks.Select(m => m.ClaimId));
        Assert.All(marks, m => Assert.Equal(("CA5", "CHN"), (m.EntityCode, m.CounterpartCode)));
        Assert.Equal("1.5", marks[0].StatedText);
    }

    [Fact]
    public async Task GetMarks_LookupClaims_OnTheirOwnIndicatorOnly()
    {
        Assert.Equal(["top500-2019-11-chn", "top500-2019-11-usa", "top500-2019-11-rus"], (await _claims.GetMarksAsync("top500-systems")).Select(m => m.ClaimId));
        Assert.Equal(["debt-share-kgz", "debt-share-tjk"], (await _claims.GetMarksAsync("external-debt-share-china-bilateral")).Select(m => m.ClaimId));
        Assert.Empty(await _claims.GetMarksAsync("top500-systems-paper"));
        Assert.Empty(await _claims.GetMarksAsync("arms-tiv-delivered"));
    }

    [Fact]
    public async Task GetMarks_ShareWindowNotDerivedFromTheClaimsSeries_NotMarked()
    {
        using (var c = _store.Open())
        {
            Assert.Equal(1, c.Execute("""
                UPDATE observations SET derived_from = 'copied from a press release'
                WHERE indicator_id = 'arms-supplier-share-5y' AND entity_code = 'CA5' AND counterpart_code = 'CHN' AND period = '2015-2019'
                """));
        }

        var marks = await _claims.GetMarksAsync("arms-supplier-share-5y");

        Assert.DoesNotContain(marks, m => m.ClaimId == "arms-share-chn-2015-2019");
        Assert.Single(marks);
    }

    [Fact]
    public async Task GetMarks_ClaimUnitDiffersFromIndicator_NotMarked()
    {
        using (var c = _store.Open())
        {
            c.Execute("UPDATE claims SET unit = 'TIV m' WHERE id = 'arms-share-chn-2010-2014'");
        }

        Assert.DoesNotContain(await _claims.GetMarksAsync("arms-supplier-share-5y"), m => m.ClaimId == "arms-share-chn-2010-2014");
    }

    [Theory]
    [InlineData(228, 0, 0, 228.0, ClaimStatus.Matches)]
    [InlineData(228, 0, 0, 227.0, ClaimStatus.Diverges)]
    [InlineData(1.5, 1, 0.5, 1.5985, ClaimStatus.Close)]
    [InlineData(1.5, 1, 0.5, 1.5499, ClaimStatus.Matches)]
    [InlineData(1.5, 1, 0.5, 2.01, ClaimStatus.Diverges)]
    [InlineData(18, 0, 1, 17.0473, ClaimStatus.Close)]
    [InlineData(18, 0, 1, 17.5, ClaimStatus.Matches)]
    [InlineData(18, 0, 1, 6.585, ClaimStatus.Diverges)]
    public void Evaluate_StatedDecimalsTolerance_Status(double stated, int decimals, double tolerance, double recomputed, ClaimStatus expected) =>
        Assert.Equal(expected, ClaimCheck.Evaluate(stated, decimals, tolerance, recomputed));

    [Theory]
    [InlineData(1, 0, 1.0109, ClaimStatus.Matches)]
    [InlineData(1, 0, 1, ClaimStatus.Diverges)]
    [InlineData(1, 0, 0.6761, ClaimStatus.Diverges)]
    [InlineData(1, 0.1, 0.95, ClaimStatus.Close)]
    [InlineData(1, 0.1, 0.85, ClaimStatus.Diverges)]
    [InlineData(0, 0, 3, ClaimStatus.Matches)]
    [InlineData(0, 0, 0, ClaimStatus.Diverges)]
    public void Evaluate_MoreThan_MatchesOnlyAboveTheStatedValue(double stated, double tolerance, double recomputed, ClaimStatus expected) =>
        Assert.Equal(expected, ClaimCheck.Evaluate(stated, 0, tolerance, recomputed, ">"));

    [Fact]
    public void Evaluate_NoRecomputedValue_NotCheckable() =>
        Assert.Equal(ClaimStatus.NotCheckable, ClaimCheck.Evaluate(40, 0, 5, null));
}
