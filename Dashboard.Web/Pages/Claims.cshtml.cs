using System.Globalization;
using Dashboard.Data.Model;
using Dashboard.Data.Queries;
using Dashboard.Web.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dashboard.Web.Pages;

/// <summary>
/// The claim check: each quantified claim of the paper beside the value recomputed from the primary series, judged on
/// its basis reading, with its context readings (other periods, editions, lists) in rows of their own below it.
/// </summary>
[DataPage]
public sealed class ClaimsModel(ClaimQueries claims, SourceQueries sources) : PageModel
{
    public IReadOnlyList<ClaimCheck> Checks { get; private set; } = [];

    public IReadOnlyDictionary<string, Source> Sources { get; private set; } = new Dictionary<string, Source>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Checks = await claims.GetClaimChecksAsync(ct);
        Sources = (await sources.GetSourcesAsync(ct)).ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    public int Count(ClaimStatus status) => Checks.Count(c => c.Status == status);

    /// <summary>How many context readings (other periods, editions, lists) the claims carry.</summary>
    public int ContextCount => Checks.Sum(c => c.Context.Count);

    /// <summary>The reading a row checks: "2015–2019", "Nov 2019"; "—" when nothing is recomputed.</summary>
    public static string Reading(Claim claim) =>
        claim.Period is { } p && Period.TryParse(p, out var period, out _) ? period.Label : "—";

    /// <summary>"2015 (37.98 %, close)": the periods in which the series supports the figure.</summary>
    public static string Support(ClaimCheck check) =>
        string.Join("; ", check.Support.Select(s =>
            $"{(Period.TryParse(s.Period, out var p, out _) ? p.Label : s.Period)} ({WithUnit(Number(s.Value, check.Claim.Decimals), check.Claim.Unit)}, {Label(s.Status)})"));

    public static string Label(ClaimStatus status) => status switch
    {
        ClaimStatus.Matches => "matches",
        ClaimStatus.Close => "close",
        ClaimStatus.Diverges => "diverges",
        _ => "not checkable",
    };

    public static string CssClass(ClaimStatus status) => status switch
    {
        ClaimStatus.Matches => "matches",
        ClaimStatus.Close => "close",
        ClaimStatus.Diverges => "diverges",
        _ => "not-checkable",
    };

    /// <summary>"Zanini (2022)", "SIPRI": the source's short citation as chart footers write it, or the source id.</summary>
    public string ShortCitation(string sourceId) =>
        Sources.TryGetValue(sourceId, out var source) ? Text.SourceCitation.Footer(source.Citation) : sourceId;

    /// <summary>"SIPRI, as of data generated 3 Jan 2025": the primary source of a recomputed value, or null.</summary>
    public string? SourceLine(ClaimCheck check) =>
        check.PrimarySourceId is { } primary ? ShortCitation(primary) + (check.PrimaryEdition is { } edition ? ", as of " + edition : "") : null;

    /// <summary>The stated value with its unit, as the paper prints it; "&gt; 1 …" for a claim of the form "more than".</summary>
    public static string Stated(Claim claim) => (claim.Relation == ">" ? "> " : "") + WithUnit(claim.StatedText, claim.Unit);

    /// <summary>The recomputed value with at least 2 decimals and one more than the claim (at most 4), so rounding stays visible.</summary>
    public static string Recomputed(ClaimCheck check)
    {
        if (check.Recomputed is not { } value)
        {
            return "—";
        }

        return WithUnit(Number(value, check.Claim.Decimals), check.Claim.Unit);
    }

    private static string Number(double value, int claimDecimals)
    {
        var decimals = Math.Abs(value - Math.Round(value)) < 1e-9 ? 0 : Math.Min(Math.Max(2, claimDecimals + 1), 4);
        return value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private static string WithUnit(string value, string unit) => unit switch
    {
        "%" => value + " %",
        "rank" => "rank " + value,
        _ => value + " " + unit,
    };
}
