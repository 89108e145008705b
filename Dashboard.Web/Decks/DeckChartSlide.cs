namespace Dashboard.Web.Decks;

/// <summary>
/// One chart slide. <see cref="Title"/> goes into the slide's title placeholder, <see cref="SourceLine"/> into a text
/// box under the chart, <see cref="AltText"/> onto the picture or chart frame, <see cref="Notes"/> (subtitle, full
/// citations, licence, permalink, data version: one paragraph each) into the speaker notes.
/// <see cref="PictureFallback"/>: the caller shows a picture because PowerPoint cannot draw this kind of chart
/// natively; the notes then say so.
/// </summary>
public sealed record DeckChartSlide
{
    public required string Title { get; init; }
    public required DeckVisual Visual { get; init; }
    public string SourceLine { get; init; } = "";
    public string AltText { get; init; } = "";
    public IReadOnlyList<string> Notes { get; init; } = [];
    public bool PictureFallback { get; init; }
}
