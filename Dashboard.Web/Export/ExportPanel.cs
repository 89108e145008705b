using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Files;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;

namespace Dashboard.Web.Export;

/// <summary>
/// What the export panel partial (<c>_ExportPanel</c>) shows for one chart: the chart as a page shows it (data part of
/// the selection), the choice to preselect, and the file-name stem from the chart's spec.
/// </summary>
public sealed record ExportPanel(ChartSelection Chart, string Stem)
{
    public ExportSettings Selected { get; init; } = ExportSettings.Default;

    public ChartFormat SelectedFormat { get; init; } = ChartFormat.Png;

    /// <summary>The data version of the spec; the panel's chart URLs carry it as <c>v</c>.</summary>
    public string? DataVersion { get; init; }

    /// <summary>The panel of a chart as its spec shows it.</summary>
    public static ExportPanel For(ChartSpec spec) => new(spec.Selection.DataOnly(), ChartFileName.Stem(spec)) { DataVersion = spec.DataVersion };

    /// <summary>URL of the chart at some settings and format.</summary>
    public string Url(ExportSettings settings, ChartFormat format) => settings.Apply(Chart, format).Url(dataVersion: DataVersion);

    /// <summary>
    /// A one-slide PowerPoint deck of this chart with its data choice (<c>/export/deck.pptx?charts=…&amp;entities=…</c>),
    /// as a picture or as a native chart.
    /// </summary>
    public string DeckUrl(PptxChartStyle style) =>
        ChartsUrl("/export/deck.pptx") + (style == PptxChartStyle.Native ? "&slides=native" : "");

    /// <summary>A page or file that takes a list of charts (<c>/export</c>, <c>/present</c>, the deck) with this chart and its data choice.</summary>
    public string ChartsUrl(string path)
    {
        var data = Chart.Query(dataOnly: true);
        return path + "?charts=" + Uri.EscapeDataString(Chart.Indicator) + (data.Length > 0 ? "&" + data : "");
    }

    /// <summary>The download name of the chart at some settings and format.</summary>
    public string FileName(ExportSettings settings, ChartFormat format) => format == ChartFormat.Csv
        ? Stem + ".csv"
        : ChartFileName.Image(Stem, settings.Size.PixelWidth, settings.Size.PixelHeight, ChartFormats.Extension(format), settings.Theme.Name);
}
