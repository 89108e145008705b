using System.Security.Cryptography;
using System.Text;
using Dashboard.Web.Charts.Drawing;
using Dashboard.Web.Charts.Files;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Points;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Text;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Charts.Rendering;

/// <summary>
/// Produces chart files (PNG with provenance text chunks, standalone SVG, CSV, points) from a spec, and caches
/// them by ETag. The one render path of the chart URLs, briefing packs and the command line: every PNG and SVG passes
/// the <see cref="RenderGate"/> (a render slot and its pixels), so memory in flight stays bounded. One plot per call:
/// plots are not thread-safe.
/// </summary>
public sealed class ChartImageService(ChartImageCache cache, RenderGate gate, IOptions<ChartOptions> options)
{
    /// <summary>Bump when drawing changes, so clients and caches do not keep images of the old look.</summary>
    public const string RendererVersion = "charts-2";

    private readonly ChartOptions _options = options.Value;

    /// <summary>
    /// A strong ETag: SHA-256 over renderer version, data version, indicator, canonical query and format, and the public
    /// base URL when one is configured (it goes into a PNG's permalink chunk).
    /// </summary>
    public static string ETag(ChartSelection selection, string dataVersion, string publicBaseUrl = "")
    {
        var key = string.Join('\n', RendererVersion, dataVersion, selection.Indicator, selection.Query(dataOnly: selection.Format == ChartFormat.Csv), selection.Format);
        if (publicBaseUrl.Length > 0)
        {
            key += "\n" + publicBaseUrl;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "\"" + Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "\"";
    }

    /// <summary>
    /// The file of a resolved chart (<see cref="ChartResolver"/>), from the cache by <paramref name="etag"/> or drawn
    /// and cached. Throws <see cref="RenderBusyException"/> when no render slot is free within the queue wait.
    /// </summary>
    public async Task<RenderedChart> GetAsync(ChartSpec spec, ChartSelection selection, string etag, string permalink, CancellationToken ct = default)
    {
        if (cache.TryGet(etag, out var cached))
        {
            return cached;
        }

        using var slot = await EnterAsync(selection, ct);
        var rendered = await DrawAsync(spec, selection, permalink, ChartFraming.Full, ct);
        cache.Set(etag, rendered);
        return rendered;
    }

    /// <summary>
    /// The spec drawn at <paramref name="file"/>'s size, theme and format; <paramref name="permalink"/> goes into PNG
    /// metadata. PNG and SVG wait for a render slot and their pixels (<see cref="RenderGate"/>); throws
    /// <see cref="RenderBusyException"/> when none is free within the queue wait.
    /// </summary>
    public Task<RenderedChart> RenderAsync(ChartSpec spec, ChartSelection file, string permalink, CancellationToken ct) =>
        RenderAsync(spec, file, permalink, ChartFraming.Full, ct);

    /// <summary>As <see cref="RenderAsync(ChartSpec, ChartSelection, string, CancellationToken)"/>, with the texts left out of the image when <paramref name="framing"/> says so (a deck's picture).</summary>
    public async Task<RenderedChart> RenderAsync(ChartSpec spec, ChartSelection file, string permalink, ChartFraming framing, CancellationToken ct)
    {
        using var slot = await EnterAsync(file, ct);
        return await DrawAsync(spec, file, permalink, framing, ct);
    }

    /// <summary>A render slot and the file's pixels for images; nothing for CSV (no raster).</summary>
    private async Task<IDisposable?> EnterAsync(ChartSelection file, CancellationToken ct) =>
        file.Format == ChartFormat.Csv ? null : await gate.EnterRenderAsync(file.Size.Pixels, ct);

    private async Task<RenderedChart> DrawAsync(ChartSpec spec, ChartSelection file, string permalink, ChartFraming framing, CancellationToken ct)
    {
        var name = ChartFileName.For(spec, file);
        if (file.Format == ChartFormat.Csv)
        {
            using var csv = new MemoryStream();
            await ChartCsv.WriteAsync(ChartRows.Of(spec), csv, ct);
            return new RenderedChart(csv.ToArray(), ChartCsv.ContentType, name);
        }

        // Drawing is synchronous CPU work of up to seconds: on a thread of its own (at most one per render slot), so
        // requests that need the thread pool — /healthz, pages, the API — never wait behind a render.
        return await Task.Factory.StartNew(() => Draw(spec, file, permalink, name, framing), ct, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private RenderedChart Draw(ChartSpec spec, ChartSelection file, string permalink, string name, ChartFraming framing)
    {
        switch (file.Format)
        {
            case ChartFormat.Points:
            {
                // Laid out exactly as the PNG of the same selection, on a canvas that draws nothing.
                var map = new PointMap();
                using var plot = ChartBuilder.Build(spec, file.Theme, file.Size, file.Layout, map, framing);
                ChartRenderer.RenderLayout(plot, file.Size);
                return new RenderedChart(ChartPointsJson.Write(spec, file, map), "application/json; charset=utf-8", name);
            }

            case ChartFormat.Svg:
            {
                using var plot = ChartBuilder.Build(spec, file.Theme, file.Size, file.Layout, framing: framing);
                var svg = ChartRenderer.RenderSvg(plot, file.Size, spec.Title, spec.Selection.Culture);
                return new RenderedChart(Encoding.UTF8.GetBytes(svg), "image/svg+xml; charset=utf-8", name);
            }

            default:
            {
                using var plot = ChartBuilder.Build(spec, file.Theme, file.Size, file.Layout, framing: framing);
                var png = ChartRenderer.RenderPng(plot, file.Size);
                return new RenderedChart(PngText.Insert(png, Metadata(spec, permalink)), "image/png", name);
            }
        }
    }

    /// <summary>The PNG text chunks: title, citations, permalink, data version, licences, software.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Metadata(ChartSpec spec, string permalink)
    {
        var licences = spec.Sources
            .Select(s => $"{SourceCitation.Footer(s.Citation)}: {(string.IsNullOrWhiteSpace(s.Licence) ? "see source" : s.Licence)}")
            .ToList();
        return
        [
            new("Title", spec.Title),
            new("Description", spec.Subtitle),
            new("Source", string.Join(" | ", spec.Sources.Select(s => s.Citation))),
            new("Permalink", permalink),
            new("Data-Version", spec.DataVersion),
            new("Licence", licences.Count == 0 ? "see sources" : string.Join(" | ", licences)),
            new("Software", _options.SiteName),
        ];
    }
}
