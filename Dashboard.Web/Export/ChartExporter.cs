using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;

namespace Dashboard.Web.Export;

/// <summary>
/// Renders a resolved chart to files with descriptive names, through the same renderer as the chart endpoint (so a
/// pack or CLI file has the same title, footer and PNG text chunks as a download). One spec for all formats.
/// </summary>
public sealed class ChartExporter(ChartImageService images)
{
    public static readonly IReadOnlyList<ChartFormat> AllFormats = [ChartFormat.Png, ChartFormat.Svg, ChartFormat.Csv];

    /// <summary>
    /// The chart in each format. <paramref name="baseUrl"/> (e.g.
    /// <c>https://host</c>, or empty for site-relative links) prefixes the permalinks written into files.
    /// </summary>
    public async Task<ExportedChart> ExportAsync(ResolvedItem resolved, ExportSettings settings, IReadOnlyList<ChartFormat> formats, string baseUrl, CancellationToken ct)
    {
        var (chart, spec) = (resolved.Item.Chart, resolved.Spec);
        var files = new List<ExportFile>(formats.Count);
        foreach (var format in formats)
        {
            var file = settings.Apply(chart.Normalized(), format);
            var rendered = await images.RenderAsync(spec, file, baseUrl + file.Url(), ct);
            files.Add(new ExportFile(rendered.FileName, rendered.Bytes));
        }

        return new ExportedChart(spec, files, baseUrl + chart.PageUrl(spec.Kind));
    }
}
