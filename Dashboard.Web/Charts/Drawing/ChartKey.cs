using ScottPlot;
using SkiaSharp;

namespace Dashboard.Web.Charts.Drawing;

/// <summary>
/// The key of a chart whose series are not labelled at their ends: rows of swatches and names, wrapped to the text
/// width. A wide chart shows it under the subtitle (at most three rows). A phone (narrow layout) shows it under the
/// plot in at most <see cref="NarrowShare"/> of the image's height (two rows on the default 480×720), so the plot keeps
/// at least half of it, or, when not every series fits there, in one row ending "+N more" (the page's key under the
/// image and its table list them all); a wide key that does not fit in three rows ends in "+N more" too.
/// </summary>
internal sealed class ChartKey(ChartFrame f)
{
    /// <summary>Share of the image height a phone's key may take.</summary>
    public const float NarrowShare = 0.075f;

    private float SwatchWidth => f.LabelSize * 2.2f;

    public float RowHeight => Ink.LineHeight(f.LabelSize);

    /// <summary>Height of <paramref name="rows"/> rows, with the small gap under them.</summary>
    public float Height(int rows) => rows == 0 ? 0 : rows * RowHeight + f.LabelSize * 0.2f;

    /// <summary>The entries in rows; with more rows than fit, the last row ends in "+N more".</summary>
    public List<List<LegendEntry>> Layout(IReadOnlyList<LegendEntry> entries)
    {
        var maxRows = f.IsNarrow ? Math.Max(1, (int)(f.Size.Height * NarrowShare / RowHeight)) : 3;
        var rows = Wrap(entries);
        if (rows.Count <= maxRows)
        {
            return rows;
        }

        // A phone's key that cannot show every series collapses to one row: the page lists them all beside it.
        maxRows = f.IsNarrow ? 1 : maxRows;

        // Keep whole rows, then drop entries from the last until "+N more" fits beside them.
        var shown = rows.Take(maxRows).ToList();
        while (true)
        {
            var hidden = entries.Count - shown.Sum(r => r.Count);
            var more = new LegendEntry($"+{hidden} more", "", LegendSwatch.None);
            var last = shown[^1].Append(more).ToList();
            if (Wrap(last).Count == 1 || shown[^1].Count == 0)
            {
                shown[^1] = last;
                return shown;
            }

            shown[^1] = shown[^1].Take(shown[^1].Count - 1).ToList();
        }
    }

    public void Draw(RenderPack rp, List<List<LegendEntry>> rows, float left, float top)
    {
        using var font = Ink.Font(f.LabelSize);
        var y = top;
        foreach (var row in rows)
        {
            y += RowHeight;
            var x = left;
            var mid = y - f.LabelSize * 0.38f;
            foreach (var e in row)
            {
                var color = e.Swatch == LegendSwatch.None ? f.Theme.Muted : f.SeriesColor(e.Code);
                if (e.Swatch == LegendSwatch.Box)
                {
                    Ink.Rect(rp.Canvas, new SKRect(x, mid - f.LabelSize * 0.45f, x + SwatchWidth * 0.6f, mid + f.LabelSize * 0.45f), color);
                }
                else if (e.Swatch == LegendSwatch.Line)
                {
                    var style = f.Style(e.Code);
                    var w = Math.Max(1.5f, f.LineWidth * 0.8f);
                    Ink.Line(rp.Canvas, x, mid, x + SwatchWidth, mid, color, w, Ink.Dash(style.Dash, w));
                    var marker = f.Style(e.MarkerCode ?? e.Code).Marker;
                    Ink.Marker(rp, x + SwatchWidth / 2, mid, marker, f.MarkerSize, color, Math.Max(1.5f, f.LineWidth * 0.6f));
                }

                var tx = x + SwatchOffset(e);
                Ink.Draw(rp.Canvas, e.Name, tx, y - f.LabelSize * 0.3f, font, e.Swatch == LegendSwatch.None ? f.Theme.Muted : f.Theme.Foreground);
                x = tx + Ink.Width(e.Name, font) + f.LabelSize * 1.2f;
            }
        }
    }

    private float SwatchOffset(LegendEntry e) => e.Swatch switch
    {
        LegendSwatch.Box => SwatchWidth * 0.6f + f.LabelSize * 0.4f,
        LegendSwatch.Line => SwatchWidth + f.LabelSize * 0.4f,
        _ => 0,
    };

    private List<List<LegendEntry>> Wrap(IReadOnlyList<LegendEntry> entries)
    {
        using var font = Ink.Font(f.LabelSize);
        var rows = new List<List<LegendEntry>> { new() };
        var x = 0f;
        foreach (var e in entries)
        {
            var w = SwatchOffset(e) + Ink.Width(e.Name, font) + f.LabelSize * 1.2f;
            if (x + w > f.TextWidth && rows[^1].Count > 0)
            {
                rows.Add([]);
                x = 0;
            }

            rows[^1].Add(e);
            x += w;
        }

        return rows;
    }
}
