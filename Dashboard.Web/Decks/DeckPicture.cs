namespace Dashboard.Web.Decks;

/// <summary>A rendered chart: PNG bytes and their pixel size (the aspect ratio it is fitted to the slide with).</summary>
public sealed record DeckPicture(ReadOnlyMemory<byte> Png, int PixelWidth, int PixelHeight) : DeckVisual;
