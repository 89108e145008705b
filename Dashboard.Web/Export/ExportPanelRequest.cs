using Dashboard.Data.Model;
using Dashboard.Web.Charts;

namespace Dashboard.Web.Export;

/// <summary>
/// A chart as a page shows it, in the chart endpoint's query words (entity codes; periods as contract text): what a
/// page passes to the export panel partial (<c>_ExportPanel</c>), with the choice to preselect.
/// </summary>
public sealed record ExportPanelRequest(string Indicator, IReadOnlyList<string> Entities, string? From = null, string? To = null)
{
    public ExportSettings Selected { get; init; } = ExportSettings.Default;

    public string SelectedFormat { get; init; } = "png";

    /// <summary>The data part of the request; periods that do not parse are left out (pages validate them first).</summary>
    public ChartRequest ToChartRequest() => new()
    {
        Entities = Entities.Select(e => e.ToUpperInvariant()).ToList(),
        From = Period.TryParse(From, out var f, out _) ? f : null,
        To = Period.TryParse(To, out var t, out _) ? t : null,
    };
}
