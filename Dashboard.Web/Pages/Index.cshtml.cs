using Dashboard.Web.Accessibility;
using Dashboard.Web.Caching;
using Dashboard.Web.Charts;
using Dashboard.Web.Pages.Display;
using Dashboard.Web.Pages.Overview;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dashboard.Web.Pages;

/// <summary>Overview: the paper's comparison per dimension, with key charts, and the list of every indicator.</summary>
[DataPage]
public sealed class IndexModel(IndicatorList list, ChartResolver resolver) : PageModel
{
    public IReadOnlyList<IndicatorListItem> Indicators { get; private set; } = [];

    public IReadOnlyList<Section> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Indicators = await list.GetAsync(ct);
        var byId = Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var sections = new List<Section>();
        var shownAnywhere = new HashSet<string>(StringComparer.Ordinal);
        var culture = Localization.Language.Current.Culture;
        foreach (var finding in Findings.All)
        {
            var charts = new List<ChartFigure>();
            foreach (var key in finding.KeyCharts)
            {
                var id = key.IndicatorId;
                // Each chart appears once on the page, under the first dimension that names it.
                if (charts.Count == Findings.ChartsPerDimension || !byId.TryGetValue(id, out var item) || item.Count == 0 || !shownAnywhere.Add(id))
                {
                    continue;
                }

                // In the reader's language: lang= on the images, the prefix on the table's page.
                var selection = key.Selection with { Culture = culture };
                var resolution = await resolver.ResolveAsync(selection, ct);
                if (resolution.Spec is not { RowCount: > 0 } spec)
                {
                    continue;
                }

                charts.Add(new ChartFigure
                {
                    Selection = selection,
                    Heading = resolution.Indicator!.Name,
                    AltText = ChartAltText.For(spec),
                    // The table with exactly the charted rows: the indicator page, or Compare for a selection.
                    TableHref = selection.PageUrl(spec.Kind) + "#data",
                    TableLinkText = Localization.Language.Current.T("Data table and sources"),
                    Lazy = sections.Count > 0,
                    DataVersion = spec.DataVersion,
                });
            }

            var shown = charts.Select(c => c.IndicatorId).ToHashSet(StringComparer.Ordinal);
            var others = Indicators.Where(i => i.Dimension == finding.Dimension && !shown.Contains(i.Id)).ToList();
            sections.Add(new Section(finding, charts, others));
        }

        Sections = sections;
    }

    /// <summary>One dimension on the page: its finding, the charts shown, and links to its other indicators.</summary>
    public sealed record Section(DimensionFinding Finding, IReadOnlyList<ChartFigure> Charts, IReadOnlyList<IndicatorListItem> Others);
}
