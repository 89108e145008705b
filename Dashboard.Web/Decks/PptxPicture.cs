namespace Dashboard.Web.Decks;

/// <summary>A rendered chart: PNG bytes and their pixel size (the aspect ratio it is fitted to the slide with).</summary>
public sealed record PptxPicture(ReadOnlyMemory<byte> Png, int PixelWidth, int PixelHeight) : PptxVisual;
