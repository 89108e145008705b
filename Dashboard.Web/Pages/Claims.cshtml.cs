using System.Globalization;
using Dashboard.Data.Model;
using Dashboard.Data.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dashboard.Web.Pages;

/// <summary>The claim check: each quantified claim of the paper beside the value recomputed from the primary series.</summary>
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

    /// <summary>"Zanini, A. (2022)": the citation up to its year, or the source id.</summary>
    public string ShortCitation(string sourceId)
    {
        if (!Sources.TryGetValue(sourceId, out var source))
        {
            return sourceId;
        }

        var end = source.Citation.IndexOf(')', StringComparison.Ordinal);
        return end is > 0 and < 90 ? source.Citation[..(end + 1)] : source.Citation.Length <= 90 ? source.Citation : sourceId;
    }

    /// <summary>The stated value with its unit, as the paper prints it.</summary>
    public static string Stated(Claim claim) => WithUnit(claim.StatedText, claim.Unit);

    /// <summary>The recomputed value with at least 2 decimals and one more than the claim (at most 4), so rounding stays visible.</summary>
    public static string Recomputed(ClaimCheck check)
    {
        if (check.Recomputed is not { } value)
        {
            return "—";
        }

        var decimals = Math.Abs(value - Math.Round(value)) < 1e-9 ? 0 : Math.Min(Math.Max(2, check.Claim.Decimals + 1), 4);
        return WithUnit(value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), check.Claim.Unit);
    }

    private static string WithUnit(string value, string unit) => unit == "%" ? value + " %" : value + " " + unit;
}
