namespace Dashboard.Web.Decks;

/// <summary>
/// The words the writer itself puts on slides, in the deck's language (the Export layer fills them from its texts):
/// the Sources slides, the cover's data version and date, the note on a chart shown as a picture.
/// </summary>
public sealed record PptxWords
{
    public static readonly PptxWords English = new();

    public string Sources { get; init; } = "Sources";

    public string SourcesContinued { get; init; } = "Sources (continued)";

    public string NoSources { get; init; } = "No sources were given for these charts.";

    /// <summary>"Data version {0}".</summary>
    public string DataVersion { get; init; } = "Data version {0}";

    /// <summary>The cover's date as written; null = "7 December 2026".</summary>
    public string? Date { get; init; }

    public string PictureFallback { get; init; } = PptxChartSlides.FallbackNote;
}
