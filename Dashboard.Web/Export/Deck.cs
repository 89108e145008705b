namespace Dashboard.Web.Export;

/// <summary>A named sequence of chart slides for presentation mode and batch export.</summary>
public sealed record Deck(string Id, string Title, IReadOnlyList<DeckSlide> Slides);
