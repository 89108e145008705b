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
        claim.Period is { } p && Period.TryParse(p, out var period, out _) ? Display.Words.Period(period) : "—";

    /// <summary>"2015 (37.98 %, close)": the periods in which the series supports the figure.</summary>
    public static string Support(ClaimCheck check) =>
        string.Join("; ", check.Support.Select(s =>
            $"{Display.Words.Period(s.Period)} ({WithUnit(s.Value, Decimals(s.Value, check.Claim.Decimals), check.Claim.Unit)}, {Label(s.Status)})"));

    public static string Label(ClaimStatus status) => status switch
    {
        ClaimStatus.Matches => L.T("matches"),
        ClaimStatus.Close => L.T("close"),
        ClaimStatus.Diverges => L.T("diverges"),
        _ => L.T("not checkable"),
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
        check.PrimarySourceId is { } primary
            ? check.PrimaryEdition is { } edition ? L.F("{0}, as of {1}", ShortCitation(primary), edition) : ShortCitation(primary)
            : null;

    /// <summary>
    /// The stated value with its unit, as the paper prints it (its digits, in the reader's number format); "&gt; 1 …"
    /// for a claim of the form "more than".
    /// </summary>
    public static string Stated(Claim claim)
    {
        var text = claim.StatedText;
        var stated = !L.IsEnglish && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? WithUnit(value, text.Contains('.', StringComparison.Ordinal) ? text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1 : 0, claim.Unit)
            : WithUnit(text, claim.Unit);
        return (claim.Relation == ">" ? "> " : "") + stated;
    }

    /// <summary>The recomputed value with at least 2 decimals and one more than the claim (at most 4), so rounding stays visible.</summary>
    public static string Recomputed(ClaimCheck check) =>
        check.Recomputed is { } value ? WithUnit(value, Decimals(value, check.Claim.Decimals), check.Claim.Unit) : "—";

    private static Localization.Language L => Localization.Language.Current;

    private static int Decimals(double value, int claimDecimals) =>
        Math.Abs(value - Math.Round(value)) < 1e-9 ? 0 : Math.Min(Math.Max(2, claimDecimals + 1), 4);

    private static string WithUnit(double value, int decimals, string unit) =>
        unit == "%" && !L.IsEnglish ? L.Percent(value, decimals) : WithUnit(L.Number(value, decimals), unit);

    private static string WithUnit(string value, string unit) => unit switch
    {
        "%" => value + " %",
        "rank" => L.F("rank {0}", value),
        _ => value + " " + unit,
    };
}
