namespace Dashboard.Web.Decks;

/// <summary>
/// Where things go on a deck's chart slides, from the layout chart slides use (the built-in "Title and Content", or the
/// template's): the title placeholder, the content placeholder (trimmed so it clears the title and the footers) and
/// the footer placeholders. <see cref="Layout"/> divides the content area between subtitle, visual, caveats and source
/// line, so the caller can render a picture at exactly the visual's shape before the slide is written.
/// </summary>
public sealed record PptxSlideArea(long SlideWidth, long SlideHeight, PptxBox Title, PptxBox Content, IReadOnlyList<PptxBox> Footers)
{
    /// <summary>Space between the parts of the content area: 0.06 in.</summary>
    public const long Gap = 54864;

    /// <summary>The visual keeps at least this share of the content area's height; caveats shrink first.</summary>
    public const double MinVisualShare = 0.5;

    public static PptxSlideArea BuiltIn(PptxSlideSize size)
    {
        var g = PptxGeometry.For(size);
        return new PptxSlideArea(g.Width, g.Height, g.Title, g.Body, [g.Date, g.Footer, g.Number]);
    }

    /// <summary>
    /// The boxes of one chart slide: subtitle at the top of the content area, the source line at its foot, the caveats
    /// above that, the visual in between; text sizes in hundredths of a point, at the look's scale. Heights of text are
    /// estimated from its length (the boxes also shrink text on overflow).
    /// </summary>
    public PptxChartLayout Layout(string subtitle, IReadOnlyList<string> caveats, string sourceLine, PptxLook look)
    {
        var c = Content;

        // Text for a 13.33 in slide; a smaller template slide gets smaller text, to three quarters.
        var k = Math.Clamp(SlideWidth / 12192000.0, 0.75, 1.0);
        int Size(int hundredths) => look.Size((int)(hundredths * k));
        var (subSize, capSize, srcSize) = (Size(1400), Size(1100), Size(1000));
        for (var attempt = 0; ; attempt++)
        {
            var sub = PptxText.Clean(subtitle).Length == 0 ? 0 : TextHeight([subtitle], subSize, c.Width);
            var cap = caveats.Count == 0 ? 0 : TextHeight(caveats, capSize, c.Width);
            var src = PptxText.Clean(sourceLine).Length == 0 ? 0 : TextHeight([sourceLine], srcSize, c.Width);
            var texts = sub + cap + src + (Gap * new[] { sub, cap, src }.Count(h => h > 0));
            var visual = c.Height - texts;
            if (visual < c.Height * MinVisualShare && attempt == 0)
            {
                (subSize, capSize, srcSize) = (Size(1200), Size(900), Size(900));
                continue;
            }

            if (visual < c.Height * MinVisualShare)
            {
                // Still too long: the caveats get what is left and shrink their text to fit (normAutofit).
                cap = Math.Max(0, (long)(c.Height * (1 - MinVisualShare)) - sub - src - (3 * Gap));
                visual = (long)(c.Height * MinVisualShare);
            }

            var y = c.Y;
            PptxBox? subBox = sub > 0 ? new PptxBox(c.X, y, c.Width, sub) : null;
            y += sub > 0 ? sub + Gap : 0;
            var visualBox = new PptxBox(c.X, y, c.Width, visual);
            y += visual + Gap;
            PptxBox? capBox = cap > 0 ? new PptxBox(c.X, y, c.Width, cap) : null;
            PptxBox? srcBox = src > 0 ? new PptxBox(c.X, c.Bottom - src, c.Width, src) : null;
            return new PptxChartLayout(subBox, visualBox, capBox, srcBox, subSize, capSize, srcSize);
        }
    }

    /// <summary>
    /// Estimated height of paragraphs at <paramref name="size"/> (hundredths of a point) in a box
    /// <paramref name="width"/> wide: characters of half an em or more (wide fallbacks included), 1.2 lines, the
    /// box's insets (0.1 in left and right, 0.05 in top and bottom).
    /// </summary>
    internal static long TextHeight(IEnumerable<string> paragraphs, int size, long width)
    {
        const double emuPerPoint = 12700;
        var points = size / 100.0;
        var usable = Math.Max(points * 10, (width / emuPerPoint) - 14.4);
        var perLine = Math.Max(10, (int)(usable / (points * 0.56)));
        var lines = paragraphs.Sum(p => Math.Max(1, (int)Math.Ceiling(PptxText.Clean(p).Length / (double)perLine)));
        return (long)(((lines * points * 1.2) + 7.2 + 2) * emuPerPoint);
    }
}
