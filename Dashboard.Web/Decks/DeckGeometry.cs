using System.Globalization;

namespace Dashboard.Web.Decks;

/// <summary>
/// Where things sit on a slide of one size, in EMU (914,400 per inch): the title band, the chart area, the source line
/// at the foot, the title slide's boxes and the slide image on notes pages. The template parts read the same figures
/// through <see cref="Tokens"/>, so the placeholders and the shapes drawn on slides agree.
/// </summary>
internal sealed record DeckGeometry(long Width, long Height)
{
    public const long NotesWidth = 6858000;
    public const long NotesHeight = 9144000;

    public static DeckGeometry For(DeckSlideSize size) => size switch
    {
        DeckSlideSize.Widescreen16x9 => new DeckGeometry(12192000, 6858000),
        DeckSlideSize.Standard4x3 => new DeckGeometry(9144000, 6858000),
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "Unknown slide size."),
    };

    public const long MarginX = 457200;
    public long InnerWidth => Width - (2 * MarginX);
    public const long TitleY = 228600;
    public const long TitleHeight = 914400;
    public const long ContentY = 1234440;

    /// <summary>The chart area ends above the source line.</summary>
    public long ContentHeight => SourceY - ContentY - 45720;
    public long SourceY => Height - 594360;
    public const long SourceHeight = 457200;

    /// <summary>The body placeholder (text slides such as "Sources") runs to the foot margin.</summary>
    public long BodyHeight => Height - ContentY - 365760;

    public const long CoverX = 914400;
    public long CoverWidth => Width - (2 * CoverX);
    public long CoverTitleY => Height * 2 / 10;
    public long CoverTitleHeight => Height * 3 / 10;
    public long CoverSubtitleY => CoverTitleY + CoverTitleHeight + 182880;
    public long CoverSubtitleHeight => Height * 3 / 10;

    /// <summary>The slide image on a notes page keeps the slide's aspect ratio inside a 6 × 3.75 in box.</summary>
    public (long X, long Y, long Width, long Height) NotesImage
    {
        get
        {
            const long boxWidth = 5486400, boxHeight = 3429000, top = 685800;
            var width = Math.Min(boxWidth, boxHeight * Width / Height);
            var height = width * Height / Width;
            return ((NotesWidth - width) / 2, top, width, height);
        }
    }

    /// <summary>The largest box of <paramref name="pixelWidth"/>:<paramref name="pixelHeight"/> centred in the chart area.</summary>
    public (long X, long Y, long Width, long Height) FitContent(int pixelWidth, int pixelHeight)
    {
        var width = InnerWidth;
        var height = width * pixelHeight / pixelWidth;
        if (height > ContentHeight)
        {
            height = ContentHeight;
            width = height * pixelWidth / pixelHeight;
        }

        return (MarginX + ((InnerWidth - width) / 2), ContentY + ((ContentHeight - height) / 2), width, height);
    }

    /// <summary>Values for the <c>{{Name}}</c> tokens of the template parts.</summary>
    public IReadOnlyDictionary<string, string> Tokens()
    {
        var image = NotesImage;
        var narrow = Width < 10_000_000;
        var values = new Dictionary<string, long>
        {
            ["MarginX"] = MarginX,
            ["InnerWidth"] = InnerWidth,
            ["TitleY"] = TitleY,
            ["TitleHeight"] = TitleHeight,
            ["ContentY"] = ContentY,
            ["BodyHeight"] = BodyHeight,
            ["CoverX"] = CoverX,
            ["CoverWidth"] = CoverWidth,
            ["CoverTitleY"] = CoverTitleY,
            ["CoverTitleHeight"] = CoverTitleHeight,
            ["CoverSubtitleY"] = CoverSubtitleY,
            ["CoverSubtitleHeight"] = CoverSubtitleHeight,
            ["NotesImageX"] = image.X,
            ["NotesImageY"] = image.Y,
            ["NotesImageWidth"] = image.Width,
            ["NotesImageHeight"] = image.Height,

            // Hundredths of a point: a little smaller on 4:3 so long chart titles keep to two lines.
            ["TitleFontSize"] = narrow ? 2400 : 2800,
            ["CoverTitleFontSize"] = narrow ? 3600 : 4000,
        };
        return values.ToDictionary(kv => kv.Key, kv => kv.Value.ToString(CultureInfo.InvariantCulture));
    }
}
