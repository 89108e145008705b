namespace Dashboard.Web.Decks;

/// <summary>
/// Everything a PowerPoint deck shows, already resolved by the caller: a title slide (<see cref="Title"/>,
/// <see cref="Subtitle"/>, <see cref="Date"/>, <see cref="DataVersion"/>), one slide per chart, and a closing
/// "Sources" slide listing <see cref="References"/> (each once: repeats are dropped by the writer).
/// </summary>
public sealed record DeckDocument
{
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public DateOnly? Date { get; init; }
    public string? DataVersion { get; init; }
    public DeckSlideSize SlideSize { get; init; } = DeckSlideSize.Widescreen16x9;
    public IReadOnlyList<DeckChartSlide> Slides { get; init; } = [];
    public IReadOnlyList<DeckReference> References { get; init; } = [];

    /// <summary>Author written into the file's properties.</summary>
    public string Creator { get; init; } = "GeoAI Dashboard";
}
