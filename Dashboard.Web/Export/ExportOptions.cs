namespace Dashboard.Web.Export;

/// <summary>Export settings (configuration section "Export").</summary>
public sealed class ExportOptions
{
    public const string Section = "Export";

    /// <summary>
    /// Most charts one list may name, for a briefing pack, an ad-hoc presentation deck and the CLI's <c>--charts</c>
    /// (at 4× a pack of 20 is already some 100 MB).
    /// </summary>
    public int MaxCharts { get; set; } = 20;

    /// <summary>Largest deck template accepted, uploaded by an admin or posted with a deck request. Default 10 MB.</summary>
    public long MaxTemplateBytes { get; set; } = 10L * 1024 * 1024;
}
