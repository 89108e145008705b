namespace Dashboard.Web.Charts.Selection;

/// <summary>Chart limits and defaults (one set for the chart endpoint, pages, API, packs, present mode and the CLI) (configuration section "Charts"; documented in README "Chart images").</summary>
public sealed class ChartOptions
{
    public const string Section = "Charts";

    /// <summary>Largest image in pixels, width × height × scale² (default 33.2 megapixels = 3840×2160×2², i.e. 4K at 2×).</summary>
    public long MaxPixels { get; set; } = 33_177_600;

    /// <summary>Most entity codes one chart, comparison, API call, pack or export may name.</summary>
    public int MaxEntities { get; set; } = 50;

    /// <summary>Longest value of one query parameter, in characters (longer is refused before it is read further).</summary>
    public int MaxParameterLength { get; set; } = 2000;

    /// <summary>
    /// Most observations one chart reads, draws and lists (and its CSV holds); with more matching rows the chart shows
    /// whole series up to this many — China and Russia first — and says "showing N of M" (README "Chart images").
    /// </summary>
    public int MaxRows { get; set; } = 5_000;

    /// <summary>Byte bound of the in-memory cache of rendered images (default 64 MB).</summary>
    public long CacheSizeBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Cache-Control max-age of chart responses in seconds; short, because the data can be replaced.</summary>
    public int MaxAgeSeconds { get; set; } = 300;

    /// <summary>Page with the bibliography and how to cite, linked from CSV downloads (HTTP <c>Link</c> header).</summary>
    public string CitationPagePath { get; set; } = "/sources";

    /// <summary>The paper the dashboard starts from; its figures are marked when a series mixes them with primary data.</summary>
    public string PaperSourceId { get; set; } = "kalkan-firat-2023";

    /// <summary>Name printed in every chart footer and PNG metadata.</summary>
    public string SiteName { get; set; } = "GeoAI Dashboard";
}
