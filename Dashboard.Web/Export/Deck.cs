using Dashboard.Web.Localization;

namespace Dashboard.Web.Export;

/// <summary>
/// A deck as chosen: a named deck of the catalogue (<c>deck=paper</c>) or a list of charts (<c>charts=a,b</c>), its
/// title and its items in order. What a deck becomes — present mode's steps, a PowerPoint document — is built from it
/// once its items are resolved (<see cref="DeckResolution"/>).
/// </summary>
public sealed record Deck(string Id, string Title, IReadOnlyList<DeckItem> Items)
{
    /// <summary>
    /// The deck with the reveal choice of <c>reveal=</c>: <c>all</c> or <c>none</c>, or a list of chart ids that hide
    /// their latest period; absent keeps the deck's own choice. Present mode and PowerPoint decks read it alike.
    /// </summary>
    /// <summary>
    /// The deck in <paramref name="language"/>: every chart in it (<c>lang</c>), and a catalogue deck's own title and
    /// questions (a briefer's <c>title=</c> stays as written).
    /// </summary>
    public Deck In(Language language)
    {
        var catalogue = Id != DeckChoice.ListId;
        return this with
        {
            Title = catalogue || Title == DeckChoice.DefaultListTitle ? language.T(Title) : Title,
            Items = Items.Select(i => i with
            {
                Chart = i.Chart with { Culture = language.Culture },
                Heading = catalogue && i.Heading.Length > 0 ? language.T(i.Heading) : i.Heading,
            }).ToList(),
        };
    }

    public Deck WithReveal(string? reveal)
    {
        if (string.IsNullOrWhiteSpace(reveal))
        {
            return this;
        }

        var ids = reveal.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        bool On(DeckItem item) => reveal.Trim() switch
        {
            "all" => true,
            "none" => false,
            _ => ids.Contains(item.Indicator, StringComparer.OrdinalIgnoreCase),
        };
        return this with { Items = Items.Select(i => i with { Reveal = On(i) }).ToList() };
    }
}
