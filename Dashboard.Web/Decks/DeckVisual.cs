namespace Dashboard.Web.Decks;

/// <summary>What a chart slide shows: a <see cref="DeckPicture"/> or a <see cref="DeckNativeChart"/>.</summary>
public abstract record DeckVisual;
