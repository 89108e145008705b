namespace Dashboard.Web.Decks;

/// <summary>
/// The written .pptx document, already resolved by the caller (no chart or store types): a title slide
/// (<see cref="Title"/>, <see cref="Subtitle"/>, <see cref="Date"/>, <see cref="DataVersion"/>), one slide per
/// <see cref="Slides"/> entry, and a closing "Sources" slide listing <see cref="References"/> (each once: repeats are
/// dropped by the writer). <see cref="Template"/>: the briefer's template, whose masters, layouts, theme and slide
/// size the deck then uses (else the built-in masters at <see cref="SlideSize"/>); <see cref="Look"/>: the chart
/// theme's background, text colours and text scale. <see cref="Footer"/> is the footer text of every slide after the first.
/// </summary>
public sealed record PptxDocument
{
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public DateOnly? Date { get; init; }
    public string? DataVersion { get; init; }
    public PptxSlideSize SlideSize { get; init; } = PptxSlideSize.Widescreen16x9;
    public PptxTemplate? Template { get; init; }
    public PptxLook Look { get; init; } = PptxLook.Default;
    public string Footer { get; init; } = "";

    /// <summary>The writer's own words in the deck's language.</summary>
    public PptxWords Words { get; init; } = PptxWords.English;
    public IReadOnlyList<PptxSlide> Slides { get; init; } = [];
    public IReadOnlyList<PptxReference> References { get; init; } = [];

    /// <summary>Author written into the file's properties.</summary>
    public string Creator { get; init; } = "GeoAI Dashboard";

    /// <summary>Where things go on this document's chart slides (the template's layouts, or the built-in ones).</summary>
    public PptxSlideArea Area => Template?.Area ?? PptxSlideArea.BuiltIn(SlideSize);
}
