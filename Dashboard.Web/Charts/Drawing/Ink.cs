using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Styling;
using ScottPlot;
using SkiaSharp;

namespace Dashboard.Web.Charts.Drawing;

/// <summary>Text measuring, wrapping and drawing with the bundled fonts, shared by the custom panels and plottables.</summary>
internal static class Ink
{
    public const string Ellipsis = "…";

    public static SKFont Font(float size, bool bold = false) =>
        new(bold ? ChartFonts.Bold : ChartFonts.Regular, size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias };

    public static float Width(string text, SKFont font) => font.MeasureText(text);

    public static float LineHeight(float size) => size * 1.3f;

    /// <summary>The text cut to fit <paramref name="maxWidth"/>, ending in an ellipsis when cut.</summary>
    public static string Fit(string text, SKFont font, float maxWidth)
    {
        if (Width(text, font) <= maxWidth)
        {
            return text;
        }

        var (lo, hi) = (0, text.Length);
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Width(text[..mid].TrimEnd() + Ellipsis, font) <= maxWidth)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo == 0 ? Ellipsis : text[..lo].TrimEnd() + Ellipsis;
    }

    /// <summary>Word-wraps into at most <paramref name="maxLines"/> lines; the last one is ellipsised if text remains.</summary>
    public static List<string> Wrap(string text, SKFont font, float maxWidth, int maxLines)
    {
        var lines = new List<string>();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var current = "";
        var i = 0;
        for (; i < words.Length; i++)
        {
            var candidate = current.Length == 0 ? words[i] : current + " " + words[i];
            if (Width(candidate, font) <= maxWidth || current.Length == 0)
            {
                current = candidate;
                continue;
            }

            if (lines.Count == maxLines - 1)
            {
                break;
            }

            lines.Add(current);
            current = words[i];
        }

        if (i < words.Length)
        {
            current = current + " " + string.Join(' ', words[i..]);
        }

        if (current.Length > 0)
        {
            lines.Add(Fit(current, font, maxWidth));
        }

        return lines;
    }

    public static void Draw(SKCanvas canvas, string text, float x, float baseline, SKFont font, Color color, SKTextAlign align = SKTextAlign.Left)
    {
        using var paint = new SKPaint { Color = color.ToSKColor(), IsAntialias = true };
        canvas.DrawText(text, x, baseline, align, font, paint);
    }

    /// <summary>Text with a halo of <paramref name="halo"/> around the glyphs, readable over lines and bars.</summary>
    public static void DrawWithHalo(SKCanvas canvas, string text, float x, float baseline, SKFont font, Color color, Color halo, SKTextAlign align = SKTextAlign.Left)
    {
        using var stroke = new SKPaint
        {
            Color = halo.ToSKColor(),
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = Math.Max(2, font.Size * 0.28f),
            StrokeJoin = SKStrokeJoin.Round,
        };
        canvas.DrawText(text, x, baseline, align, font, stroke);
        Draw(canvas, text, x, baseline, font, color, align);
    }

    /// <summary>The ◆ of a stated figure: filled with <paramref name="fill"/>, outlined with <paramref name="outline"/>.</summary>
    public static void Diamond(SKCanvas canvas, float x, float y, float size, Color fill, Color outline, float outlineWidth)
    {
        using var path = new SKPath();
        var r = size / 2;
        path.MoveTo(x, y - r);
        path.LineTo(x + r * 0.8f, y);
        path.LineTo(x, y + r);
        path.LineTo(x - r * 0.8f, y);
        path.Close();
        using var paint = new SKPaint { Color = fill.ToSKColor(), IsAntialias = true, Style = SKPaintStyle.Fill };
        canvas.DrawPath(path, paint);
        using var stroke = new SKPaint { Color = outline.ToSKColor(), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = outlineWidth, StrokeJoin = SKStrokeJoin.Miter };
        canvas.DrawPath(path, stroke);
    }

    public static void Line(SKCanvas canvas, float x1, float y1, float x2, float y2, Color color, float width, float[]? dash = null)
    {
        using var paint = new SKPaint { Color = color.ToSKColor(), IsAntialias = true, StrokeWidth = width, Style = SKPaintStyle.Stroke };
        using var path = SeriesLine.DashedPath([new SKPoint(x1, y1), new SKPoint(x2, y2)], dash);
        canvas.DrawPath(path, paint);
    }

    public static void Rect(SKCanvas canvas, SKRect rect, Color color)
    {
        using var paint = new SKPaint { Color = color.ToSKColor(), IsAntialias = true, Style = SKPaintStyle.Fill };
        canvas.DrawRect(rect, paint);
    }

    public static void Marker(RenderPack rp, float x, float y, MarkerShape shape, float size, Color color, float lineWidth)
    {
        var style = new MarkerStyle(shape, size, color) { LineWidth = lineWidth };
        style.Render(rp.Canvas, new Pixel(x, y), rp.Paint);
    }

    /// <summary>Dash intervals for a line of this width (null = solid).</summary>
    public static float[]? Dash(DashStyle dash, float width) => dash switch
    {
        DashStyle.Dashed => [4 * width, 2.2f * width],
        DashStyle.Dotted => [1.1f * width, 1.6f * width],
        DashStyle.DashDot => [4 * width, 1.8f * width, 1.1f * width, 1.8f * width],
        DashStyle.LongDash => [7 * width, 2.4f * width],
        DashStyle.DashDotDot => [4 * width, 1.6f * width, 1.1f * width, 1.6f * width, 1.1f * width, 1.6f * width],
        _ => null,
    };
}
