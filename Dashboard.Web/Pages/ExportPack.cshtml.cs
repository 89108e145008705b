using Dashboard.Data.Queries;
using Dashboard.Web.Charts.Selection;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dashboard.Web.Pages;

/// <summary>
/// The briefing-pack page (<c>/export</c>): choose charts, a preset, scale and theme; the GET form downloads
/// <c>/export/pack.zip</c> with PNG + SVG + CSV per chart and CITATIONS.md.
/// </summary>
public sealed class ExportPackModel(IndicatorQueries indicators) : PageModel
{
    public IReadOnlyList<IndicatorSummary> Indicators { get; private set; } = [];

    /// <summary>Charts to tick on arrival (<c>/export?charts=a,b</c>, e.g. from an indicator page).</summary>
    public IReadOnlySet<string> Selected { get; private set; } = new HashSet<string>();

    public async Task OnGetAsync(string[]? charts, CancellationToken ct)
    {
        Indicators = (await indicators.GetIndicatorSummariesAsync(ct)).Where(i => i.ObservationCount > 0 || i.ChartKind is "timeline" or "table").ToList();
        Selected = (charts ?? []).SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
    }
}
