namespace Dashboard.Web.Export;

/// <summary>
/// What a page passes to the export panel partial (<c>_ExportPanel</c>): the chart as the page shows it, in the
/// chart endpoint's query words (entities as codes, periods as contract text), and optionally the choice to preselect.
/// </summary>
public sealed record ExportPanelRequest(string Indicator, IReadOnlyList<string> Entities, string? From = null, string? To = null)
{
    public ExportSettings Selected { get; init; } = ExportSettings.Default;

    public string SelectedFormat { get; init; } = "png";
}
