using Microsoft.Extensions.Primitives;

namespace Dashboard.Web.Charts.Selection;

/// <summary>
/// The <c>v</c> parameter that chart (and embed) URLs written by pages carry: the data version and the app's build, so
/// a URL names one content for good and a cache in front may keep it for a year (<c>immutable</c>). A new upload or a
/// new build changes every such URL. Written only by <see cref="ChartSelection.Query"/>; a request whose <c>v</c> is
/// not the current one is answered with the current content and the short max-age.
/// </summary>
public static class UrlVersion
{
    public const string Parameter = "v";

    /// <summary>
    /// The build: the first 8 hex digits of this assembly's module version id, which every compilation stamps anew.
    /// So instances agree when they run the same build output (one publish folder copied to each), and a new build,
    /// even of the same code, changes every versioned URL: a fixed drawing or page is never hidden behind a year-long
    /// cache entry.
    /// </summary>
    public static string Build { get; } = typeof(UrlVersion).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    /// <summary>The token for a data version, e.g. <c>3f2c9a0b1d4e5f60.1a2b3c4d</c> (URL-safe: hex digits and a dot).</summary>
    public static string Of(string dataVersion) => dataVersion + "." + Build;

    /// <summary>True when the query has exactly one <c>v</c> and it is the token of <paramref name="dataVersion"/>.</summary>
    public static bool IsCurrent(IEnumerable<KeyValuePair<string, StringValues>> query, string dataVersion)
    {
        StringValues given = default;
        foreach (var (key, value) in query)
        {
            if (string.Equals(key, Parameter, StringComparison.OrdinalIgnoreCase))
            {
                if (given.Count > 0)
                {
                    return false;
                }

                given = value;
            }
        }

        return given.Count == 1 && string.Equals(given[0], Of(dataVersion), StringComparison.Ordinal);
    }
}
