namespace Dashboard.Web.Decks;

/// <summary>
/// One chart slide of a written document. <see cref="Title"/> goes into the layout's title placeholder; the visual (a
/// picture, a native chart or a table) into its content placeholder, with <see cref="Subtitle"/> above it and
/// <see cref="Caveats"/> (the chart's notes: the paper's marks, different measures, periods in the source's words) and
/// <see cref="SourceLine"/> under it, so the slide says everything the dashboard's image says. <see cref="AltText"/>
/// goes onto the visual, <see cref="Notes"/> (one paragraph each) into the speaker notes.
/// <see cref="PictureFallback"/>: the caller shows a picture because PowerPoint cannot draw this kind of chart
/// natively; the notes then say so.
/// </summary>
public sealed record PptxSlide
{
    public required string Title { get; init; }
    public required PptxVisual Visual { get; init; }
    public string Subtitle { get; init; } = "";
    public IReadOnlyList<string> Caveats { get; init; } = [];
    public string SourceLine { get; init; } = "";
    public string AltText { get; init; } = "";
    public IReadOnlyList<string> Notes { get; init; } = [];
    public bool PictureFallback { get; init; }

    /// <summary>
    /// The boxes to use (a predict step takes its reveal's, so the chart stays where it is); null: from the texts, by
    /// <see cref="PptxSlideArea.Layout"/>.
    /// </summary>
    public PptxChartLayout? Layout { get; init; }
}
