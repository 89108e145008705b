using System.Globalization;

namespace Dashboard.Web.Decks;

/// <summary>
/// The built-in masters' boxes on a slide of one size, in EMU: the title band, the body (content) placeholder, the
/// footer band (date, footer, slide number), the title slide's boxes and the slide image on notes pages. The master
/// and layout XML read the same figures through <see cref="Tokens"/>, so placeholders and slides agree.
/// </summary>
internal sealed record PptxGeometry(long Width, long Height)
{
    public const long NotesWidth = 6858000;
    public const long NotesHeight = 9144000;

    public static PptxGeometry For(PptxSlideSize size) => size switch
    {
        PptxSlideSize.Widescreen16x9 => new PptxGeometry(12192000, 6858000),
        PptxSlideSize.Standard4x3 => new PptxGeometry(9144000, 6858000),
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "Unknown slide size."),
    };

    public const long MarginX = 457200;
    public long InnerWidth => Width - (2 * MarginX);
    public const long TitleY = 228600;
    public const long TitleHeight = 914400;
    public const long ContentY = 1234440;

    /// <summary>The body placeholder ends a tenth of an inch above the footer band.</summary>
    public long BodyHeight => FooterY - 91440 - ContentY;

    /// <summary>The footer band: 0.3 in high, 0.15 in above the slide's foot.</summary>
    public long FooterY => Height - 411480;
    public const long FooterHeight = 274320;

    public PptxBox Title => new(MarginX, TitleY, InnerWidth, TitleHeight);
    public PptxBox Body => new(MarginX, ContentY, InnerWidth, BodyHeight);
    public PptxBox Date => new(MarginX, FooterY, InnerWidth * 22 / 100, FooterHeight);
    public PptxBox Footer => new(MarginX + (InnerWidth * 55 / 200), FooterY, InnerWidth * 45 / 100, FooterHeight);
    public PptxBox Number => new(MarginX + (InnerWidth * 85 / 100), FooterY, InnerWidth * 15 / 100, FooterHeight);

    public const long CoverX = 914400;
    public long CoverWidth => Width - (2 * CoverX);
    public long CoverTitleY => Height * 2 / 10;
    public long CoverTitleHeight => Height * 3 / 10;
    public long CoverSubtitleY => CoverTitleY + CoverTitleHeight + 182880;
    public long CoverSubtitleHeight => Height * 3 / 10;

    /// <summary>The slide image on a notes page keeps the slide's aspect ratio inside a 6 × 3.75 in box.</summary>
    public PptxBox NotesImage
    {
        get
        {
            const long boxWidth = 5486400, boxHeight = 3429000, top = 685800;
            var width = Math.Min(boxWidth, boxHeight * Width / Height);
            var height = width * Height / Width;
            return new PptxBox((NotesWidth - width) / 2, top, width, height);
        }
    }

    /// <summary>Values for the <c>{{Name}}</c> tokens of the master and layout XML.</summary>
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
            ["FooterY"] = FooterY,
            ["FooterHeight"] = FooterHeight,
            ["DateX"] = Date.X,
            ["DateWidth"] = Date.Width,
            ["FooterX"] = Footer.X,
            ["FooterWidth"] = Footer.Width,
            ["NumberX"] = Number.X,
            ["NumberWidth"] = Number.Width,
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
