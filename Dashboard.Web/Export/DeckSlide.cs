namespace Dashboard.Web.Export;

/// <summary>
/// One slide of a deck: a chart (indicator, entities, optional period range) and the sentence that frames it.
/// <paramref name="Reveal"/>: predict, then reveal — the latest period stays hidden until the next key press.
/// </summary>
public sealed record DeckSlide(
    string Indicator,
    IReadOnlyList<string> Entities,
    string Heading,
    bool Reveal = false,
    string? From = null,
    string? To = null);
