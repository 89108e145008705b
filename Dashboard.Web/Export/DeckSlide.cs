namespace Dashboard.Web.Export;

/// <summary>
/// One slide of a deck: a chart (indicator, entities, optional period range) and the question that frames it.
/// <paramref name="Reveal"/>: predict, then reveal — the slide first shows the data only up to
/// <paramref name="PredictTo"/> (default: the period before the latest) and the rest on the next key press.
/// </summary>
public sealed record DeckSlide(
    string Indicator,
    IReadOnlyList<string> Entities,
    string Heading,
    bool Reveal = false,
    string? From = null,
    string? To = null,
    string? PredictTo = null);
