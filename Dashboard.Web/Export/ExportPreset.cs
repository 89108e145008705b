namespace Dashboard.Web.Export;

/// <summary>
/// A named output size for exported charts (1× pixels; the chart endpoint multiplies by <c>scale</c>).
/// The one list of presets, shared by the export panel, the briefing pack, presentation mode and the CLI.
/// </summary>
public sealed record ExportPreset(string Id, string Label, int Width, int Height)
{
    public static readonly ExportPreset Slide16x9 = new("slide-16x9", "Slide 16:9", 1920, 1080);
    public static readonly ExportPreset Slide4x3 = new("slide-4x3", "Slide 4:3", 1600, 1200);
    public static readonly ExportPreset Document = new("document", "Document", 1200, 800);
    public static readonly ExportPreset Square = new("square", "Square", 1080, 1080);

    /// <summary>Id of the "custom" choice in forms: width and height are then given explicitly.</summary>
    public const string CustomId = "custom";

    public static IReadOnlyList<ExportPreset> All { get; } = [Slide16x9, Slide4x3, Document, Square];

    /// <summary>The preset with this id (case-insensitive), or null.</summary>
    public static ExportPreset? Find(string? id) =>
        All.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>"1920×1080" — what the user sees in lists.</summary>
    public string SizeLabel => FormattableString.Invariant($"{Width}×{Height}");
}
