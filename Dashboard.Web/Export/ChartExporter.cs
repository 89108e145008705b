using Dashboard.Data;
using Dashboard.Web.Charts;
using Dashboard.Web.Pages.Display;

namespace Dashboard.Web.Export;

/// <summary>
/// Renders a chart to files with descriptive names, through the same spec factory and renderer as the chart
/// endpoint (so a pack or CLI file has the same title, footer and PNG text chunks as a download). The chart data is
/// read once for all formats.
/// </summary>
public sealed class ChartExporter(ChartSpecFactory factory, ChartImageService images, Database database)
{
    public static readonly IReadOnlyList<ChartFormat> AllFormats = [ChartFormat.Png, ChartFormat.Svg, ChartFormat.Csv];

    /// <summary>What the chart shows, or null when the indicator does not exist.</summary>
    public async Task<ChartFacts?> FactsAsync(ExportPanelRequest chart, CancellationToken ct)
    {
        var request = chart.ToChartRequest();
        var data = await factory.CreateAsync(chart.Indicator, request, ct);
        return data is null ? null : ChartFacts.From(data, request.Entities);
    }

    /// <summary>The file-name stem, e.g. <c>china-russia-top500-systems-1993-2026</c> (the indicator id when unknown).</summary>
    public async Task<string> StemAsync(ExportPanelRequest chart, CancellationToken ct) =>
        await FactsAsync(chart, ct) is { } facts ? ExportFileName.Stem(facts, chart.Entities.Count > 0) : ExportFileName.Slug(chart.Indicator);

    /// <summary>
    /// The chart in each format, or null when the indicator does not exist. <paramref name="baseUrl"/> (e.g.
    /// <c>https://host</c>, or empty for site-relative links) prefixes the permalinks written into files.
    /// </summary>
    public async Task<ExportedChart?> ExportAsync(ExportPanelRequest chart, ExportSettings settings, IReadOnlyList<ChartFormat> formats, string baseUrl, CancellationToken ct)
    {
        var query = settings.Query(chart);
        var data = await factory.CreateAsync(chart.Indicator, query.Request, ct);
        if (data is null)
        {
            return null;
        }

        var facts = ChartFacts.From(data, query.Request.Entities);
        var version = database.GetDataVersion();
        var files = new List<ExportFile>(formats.Count);
        foreach (var format in formats)
        {
            var file = new ChartFileRequest
            {
                IndicatorId = chart.Indicator,
                Format = format,
                Request = query.Request,
                Size = settings.Size,
                Theme = settings.Theme,
                DataVersion = version,
                Permalink = baseUrl + query.Path(chart.Indicator, format),
            };
            var rendered = images.Render(data, file);
            files.Add(new ExportFile(rendered.FileName, rendered.Bytes));
        }

        return new ExportedChart(facts, files, baseUrl + PagePath(chart, data.Spec.Kind));
    }

    /// <summary>The page that shows this chart with its data and notes: Compare for a selection of a series, else the indicator page.</summary>
    public static string PagePath(ExportPanelRequest chart, ChartKind kind)
    {
        var id = Uri.EscapeDataString(chart.Indicator);
        var selection = new ChartSelection { Entities = chart.Entities, From = chart.From, To = chart.To };
        return selection.IsAll || kind is ChartKind.Timeline or ChartKind.Table
            ? "/indicators/" + id
            : "/compare?indicator=" + id + "&" + selection.ToQuery();
    }
}
