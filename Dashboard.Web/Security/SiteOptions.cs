namespace Dashboard.Web.Security;

/// <summary>The site as the world sees it (configuration section "Site").</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>The key <see cref="PublicBaseUrl"/> had before it served the whole site; still read when Site:PublicBaseUrl is not set.</summary>
    public const string LegacyPublicBaseUrlKey = "Export:PublicBaseUrl";

    /// <summary>
    /// The dashboard's public address, e.g. <c>https://dashboard.example.org</c> (a path is allowed): every absolute
    /// address the site writes (embed codes, permalinks in CITATIONS.md, PNG text chunks and deck notes, the CLI's
    /// exports) starts with it, and the request's Host is then never used. Unset: see <see cref="Security.PublicBaseUrl"/>.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}
