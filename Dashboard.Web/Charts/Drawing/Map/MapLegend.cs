using Dashboard.Data.Geo;
using Dashboard.Web.Charts.Maps;
using Dashboard.Web.Localization;
using ScottPlot;
using SkiaSharp;

namespace Dashboard.Web.Charts.Drawing.Map;

/// <summary>
/// The map's key: a heading (the unit), one swatch per class with its range, low to high, and a hatched "No data"
/// swatch when a country has no value. Laid out as a column beside the map (wide images) or as rows under it.
/// </summary>
internal sealed class MapLegend
{
    private readonly List<(string Text, Color? Fill)> _entries = [];
    private readonly List<(int Entry, float X, float Y)> _placed = [];

    public MapLegend(ChartFrame f, MapLayer layer)
    {
        Frame = f;
        Title = string.IsNullOrWhiteSpace(layer.LegendTitle) ? layer.Unit : layer.LegendTitle;
        TextSize = f.TickSize;
        for (var i = 0; i < layer.Bins.Count; i++)
        {
            _entries.Add((layer.Language.Digits(layer.Bins.Label(i)), MapPalette.Bin(i, layer.Bins.Count, f.Theme)));
        }

        if (layer.HasMissingValues)
        {
            _entries.Add((layer.Language.T(NoDataText), null));
        }
    }

    public const string NoDataText = "No data";

    public ChartFrame Frame { get; }

    public string Title { get; }

    public float TextSize { get; }

    public float Width { get; private set; }

    public float Height { get; private set; }

    private float SwatchWidth => TextSize * 1.7f;

    private float SwatchHeight => TextSize * 1.05f;

    private float RowHeight => TextSize * 1.55f;

    private float TitleHeight => Title.Length > 0 ? TextSize * 1.6f : 0;

    /// <summary>Lays the entries out one under the other; sets <see cref="Width"/> and <see cref="Height"/>.</summary>
    public void LayoutColumn()
    {
        using var font = Ink.Font(TextSize);
        _placed.Clear();
        var y = TitleHeight;
        for (var i = 0; i < _entries.Count; i++)
        {
            _placed.Add((i, 0, y));
            y += RowHeight;
        }

        Width = Math.Max(Ink.Width(Title, font), _entries.Select(e => SwatchWidth + TextSize * 0.5f + Ink.Width(e.Text, font)).DefaultIfEmpty(0).Max());
        Height = y;
    }

    /// <summary>Lays the entries out left to right, wrapping at <paramref name="maxWidth"/>, after the heading.</summary>
    public void LayoutRows(float maxWidth)
    {
        using var font = Ink.Font(TextSize);
        _placed.Clear();
        var x = Title.Length > 0 ? Ink.Width(Title, font) + TextSize * 1.2f : 0;
        var y = 0f;
        var widest = x;
        for (var i = 0; i < _entries.Count; i++)
        {
            var w = SwatchWidth + TextSize * 0.5f + Ink.Width(_entries[i].Text, font);
            if (x > 0 && x + w > maxWidth)
            {
                x = 0;
                y += RowHeight;
            }

            _placed.Add((i, x, y));
            x += w + TextSize * 1.2f;
            widest = Math.Max(widest, x - TextSize * 1.2f);
        }

        Width = widest;
        Height = y + RowHeight;
    }

    /// <summary>Where each swatch is drawn (for tests): its text and rectangle, given the legend's top-left corner.</summary>
    public IEnumerable<(string Text, Color? Fill, MapRect Swatch)> Swatches(float left, float top) =>
        _placed.Select(p => (_entries[p.Entry].Text, _entries[p.Entry].Fill, new MapRect(left + p.X, top + p.Y + (RowHeight - SwatchHeight) / 2,
            left + p.X + SwatchWidth, top + p.Y + (RowHeight + SwatchHeight) / 2)));

    public void Draw(SKCanvas canvas, float left, float top, bool column)
    {
        var theme = Frame.Theme;
        using var font = Ink.Font(TextSize);
        if (Title.Length > 0)
        {
            var titleTop = column ? top : top + (RowHeight - TextSize) / 2 - TextSize * 0.2f;
            Ink.Draw(canvas, Title, left, titleTop + TextSize, font, theme.Muted);
        }

        foreach (var (text, fill, swatch) in Swatches(left, top))
        {
            var rect = new SKRect((float)swatch.MinX, (float)swatch.MinY, (float)swatch.MaxX, (float)swatch.MaxY);
            if (fill is { } color)
            {
                Ink.Rect(canvas, rect, color);
            }
            else
            {
                using var path = new SKPath();
                path.AddRect(rect);
                MapPainter.Hatched(canvas, path, Frame);
            }

            using var outline = new SKPaint { Color = theme.Axis.ToSKColor(), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(0.75f, Frame.K * 0.6f) };
            canvas.DrawRect(rect, outline);
            Ink.Draw(canvas, text, rect.Right + TextSize * 0.5f, rect.MidY + TextSize * 0.36f, font, theme.Foreground);
        }
    }
}
