namespace Dashboard.Web.Caching;

/// <summary>
/// Caching of the data pages (configuration section "HttpCaching"; README "HTTP and caching"). Chart files have their
/// own settings in <c>Charts</c> (<c>MaxAgeSeconds</c>, <c>CacheSizeBytes</c>).
/// </summary>
public sealed class HttpCachingOptions
{
    public const string Section = "HttpCaching";

    /// <summary>Cache-Control max-age of a data page for browsers and caches in front (seconds); short, because an upload changes pages.</summary>
    public int PageMaxAgeSeconds { get; set; } = 60;

    /// <summary>How long a rendered page is kept in the server's output cache (seconds). Entries are keyed by data version, so this bounds memory, not staleness.</summary>
    public int PageCacheSeconds { get; set; } = 3600;

    /// <summary>Byte bound of the server's output cache of pages (default 32 MB); when full, entries are compacted out.</summary>
    public long PageCacheSizeBytes { get; set; } = 32L * 1024 * 1024;
}
