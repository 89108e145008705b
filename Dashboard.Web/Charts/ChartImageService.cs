using System.Globalization;
using System.Text;
using Dashboard.Web.Export;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Charts;

/// <summary>
/// Produces chart files (PNG with provenance text chunks, standalone SVG, CSV) for an indicator and request, and
/// caches them by ETag. One plot per call: plots are not thread-safe.
/// </summary>
public sealed class ChartImageService(ChartSpecFactory factory, ChartImageCache cache, IOptions<ChartOptions> options)
{
    private readonly ChartOptions _options = options.Value;

    /// <summary>
    /// The file, or null when the indicator does not exist. Cached by ETag: call it only for requests whose entity codes
    /// were checked, because the chart endpoint serves cache hits without checking them again.
    /// </summary>
    public async Task<RenderedChart?> GetAsync(ChartFileRequest file, CancellationToken ct = default)
    {
        if (cache.TryGet(file.ETag, out var cached))
        {
            return cached;
        }

        var data = await factory.CreateAsync(file.IndicatorId, file.Request, ct);
        if (data is null)
        {
            return null;
        }

        var rendered = Render(data, file);
        cache.Set(file.ETag, rendered);
        return rendered;
    }

    public RenderedChart Render(ChartData data, ChartFileRequest file)
    {
        // Named for what the file shows (entities, indicator, period span, size): one rule for downloads, packs and the CLI.
        var name = ExportFileName.For(data, file);
        switch (file.Format)
        {
            case ChartFormat.Csv:
                return new RenderedChart(ChartCsv.Write(data.Rows), "text/csv; charset=utf-8", name);
            case ChartFormat.Svg:
            {
                using var plot = ChartBuilder.Build(data.Spec, file.Theme, file.Size);
                var svg = ChartRenderer.RenderSvg(plot, file.Size, data.Spec.Title);
                return new RenderedChart(Encoding.UTF8.GetBytes(svg), "image/svg+xml; charset=utf-8", name);
            }

            default:
            {
                using var plot = ChartBuilder.Build(data.Spec, file.Theme, file.Size);
                var png = ChartRenderer.RenderPng(plot, file.Size);
                return new RenderedChart(PngText.Insert(png, Metadata(data.Spec, file)), "image/png", name);
            }
        }
    }

    /// <summary>The PNG text chunks: title, citations, permalink, data version, licences, software.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Metadata(ChartSpec spec, ChartFileRequest file)
    {
        var licences = spec.Sources
            .Select(s => $"{s.ShortCitation}: {(string.IsNullOrWhiteSpace(s.Licence) ? "see source" : s.Licence)}")
            .ToList();
        return
        [
            new("Title", spec.Title),
            new("Description", spec.Subtitle),
            new("Source", string.Join(" | ", spec.Sources.Select(s => s.Citation))),
            new("Permalink", file.Permalink),
            new("Data-Version", file.DataVersion),
            new("Licence", licences.Count == 0 ? "see sources" : string.Join(" | ", licences)),
            new("Software", _options.SiteName),
        ];
    }
}
