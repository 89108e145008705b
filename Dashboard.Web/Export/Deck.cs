namespace Dashboard.Web.Export;

/// <summary>A named sequence of chart slides for presentation mode and batch export.</summary>
public sealed record Deck(string Id, string Title, IReadOnlyList<DeckSlide> Slides)
{
    /// <summary>
    /// The deck with the reveal choice of <c>reveal=</c>: <c>all</c> or <c>none</c>, or a list of chart ids that hide
    /// their latest period; absent keeps the deck's own choice. Present mode and PowerPoint decks read it alike.
    /// </summary>
    public Deck WithReveal(string? reveal)
    {
        if (string.IsNullOrWhiteSpace(reveal))
        {
            return this;
        }

        var ids = reveal.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        bool On(DeckSlide s) => reveal.Trim() switch
        {
            "all" => true,
            "none" => false,
            _ => ids.Contains(s.Indicator, StringComparer.OrdinalIgnoreCase),
        };
        return this with { Slides = Slides.Select(s => s with { Reveal = On(s) }).ToList() };
    }
}
