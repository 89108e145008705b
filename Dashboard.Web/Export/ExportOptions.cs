namespace Dashboard.Web.Export;

/// <summary>Export settings (configuration section "Export").</summary>
public sealed class ExportOptions
{
    public const string Section = "Export";

    /// <summary>
    /// Public address of the dashboard (e.g. <c>https://dashboard.example.org</c>) for permalinks in packs and CLI
    /// exports. Unset: the web app uses the request's address when its host is listed in <c>AllowedHosts</c>
    /// (see <see cref="Security.PublicBaseUrl"/>), else site-relative links, as the CLI does.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// Most charts one list may name, for a briefing pack, an ad-hoc presentation deck and the CLI's <c>--charts</c>
    /// (at 4× a pack of 20 is already some 100 MB).
    /// </summary>
    public int MaxCharts { get; set; } = 20;
}
