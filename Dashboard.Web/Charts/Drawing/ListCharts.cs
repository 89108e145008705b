using Dashboard.Web.Charts.Model;
using Dashboard.Web.Localization;
using ScottPlot;
using SkiaSharp;

namespace Dashboard.Web.Charts.Drawing;

/// <summary>
/// The text-heavy kinds: a timeline drawn as a dated chronology (marker colour = actor, marker shape = dimension,
/// one event per row so long titles stay readable) and a table image (Safe City projects).
/// </summary>
internal static class ListCharts
{
    private static readonly (string Dimension, MarkerShape Shape)[] DimensionMarkers =
    [
        ("political", MarkerShape.FilledCircle),
        ("military", MarkerShape.FilledSquare),
        ("economic", MarkerShape.FilledDiamond),
        ("technology", MarkerShape.FilledTriangleUp),
    ];

    public static MarkerShape MarkerOf(string dimension) =>
        DimensionMarkers.FirstOrDefault(d => d.Dimension == dimension, (Dimension: "", Shape: MarkerShape.OpenCircle)).Shape;

    public static void Timeline(ChartFrame f)
    {
        f.HideAxes();
        var events = f.Spec.Events;
        f.Plot.Add.Plottable(new FigurePlottable(rp =>
        {
            var r = rp.DataRect;
            var canvas = rp.Canvas;

            // Key: which marker is which dimension.
            var keySize = f.FooterSize * 1.05f;
            using (var keyFont = Ink.Font(keySize))
            {
                var x = r.Left;
                var y = r.Top + keySize;
                var marker = f.Language.T("Marker:");
                Ink.Draw(canvas, marker, x, y, keyFont, f.Theme.Muted);
                x += Ink.Width(marker, keyFont) + keySize * 0.8f;
                foreach (var (key, shape) in DimensionMarkers)
                {
                    var dimension = f.Language.T(key);
                    Ink.Marker(rp, x + keySize * 0.4f, y - keySize * 0.35f, shape, keySize * 0.8f, f.Theme.Muted, 1);
                    x += keySize * 1.1f;
                    Ink.Draw(canvas, dimension, x, y, keyFont, f.Theme.Muted);
                    x += Ink.Width(dimension, keyFont) + keySize * 1.2f;
                }
            }

            var top = r.Top + keySize * 1.9f;
            var area = r.Bottom - top;
            var size = f.LabelSize * 0.95f;
            if (events.Count * size * 1.5f > area)
            {
                size = Math.Max(f.LabelSize * 0.72f, area / (events.Count * 1.5f));
            }

            var rowHeight = size * 1.5f;
            var maxRows = Math.Max(1, (int)(area / rowHeight));
            var shown = events.Count <= maxRows ? events.Count : maxRows - 1;

            using var dateFont = Ink.Font(size);
            using var actorFont = Ink.Font(size, bold: true);
            using var titleFont = Ink.Font(size);
            var dateWidth = events.Take(shown).Select(e => Ink.Width(e.DateLabel, dateFont)).DefaultIfEmpty(0).Max();
            var spine = r.Left + dateWidth + size * 1.1f;
            if (shown > 0)
            {
                Ink.Line(canvas, spine, top + rowHeight * 0.5f, spine, top + rowHeight * (shown - 0.5f), f.Theme.Grid, Math.Max(1.5f, f.K * 2));
            }

            var previousYear = "";
            for (var i = 0; i < shown; i++)
            {
                var e = events[i];
                var y = top + rowHeight * (i + 0.5f);
                var baseline = y + size * 0.36f;
                var year = e.DateLabel[^4..];
                if (year != previousYear && i > 0)
                {
                    Ink.Line(canvas, r.Left, y - rowHeight * 0.5f, r.Right, y - rowHeight * 0.5f, f.Theme.Grid, Math.Max(1, f.K * 0.8f));
                }

                previousYear = year;
                Ink.Draw(canvas, e.DateLabel, spine - size * 1.1f, baseline, dateFont, f.Theme.Foreground, SKTextAlign.Right);
                var color = f.SeriesColor(e.ActorCode);
                Ink.Marker(rp, spine, y, MarkerOf(e.Dimension), size * 0.85f, color, Math.Max(1.5f, f.K * 1.5f));
                f.Points?.Area(e, spine, y, r.Left, y - rowHeight / 2, r.Right, y + rowHeight / 2);
                var x = spine + size * 1.1f;
                Ink.Draw(canvas, e.ActorName, x, baseline, actorFont, color);
                x += Ink.Width(e.ActorName, actorFont) + size * 0.6f;
                Ink.Draw(canvas, Ink.Fit(e.Title, titleFont, r.Right - x), x, baseline, titleFont, f.Theme.Foreground);
            }

            if (shown < events.Count)
            {
                var y = top + rowHeight * (shown + 0.5f) + size * 0.36f;
                var more = events.Count - shown;
                Ink.Draw(canvas, "… " + f.Language.F(more == 1 ? "and {0} more event: narrow the period or download the CSV" : "and {0} more events: narrow the period or download the CSV", f.Language.Count(more)), spine + size * 1.1f, y, titleFont, f.Theme.Muted);
            }
        }));
        f.AddFrame();
    }

    public static void Table(ChartFrame f)
    {
        f.HideAxes();
        f.Points?.NoPoints("A table has no points: its values are the rows of the page's table and the CSV.");
        var table = f.Spec.Table ?? new ChartTable();
        f.Plot.Add.Plottable(new FigurePlottable(rp =>
        {
            var r = rp.DataRect;
            var canvas = rp.Canvas;
            // Few rows: larger type, up to 1.25× the label size; many rows: as small as 0.6× before rows are cut.
            var rowsToFit = table.Rows.Count + 1;
            var size = Math.Clamp(r.Height / (rowsToFit * 2.4f), f.LabelSize * 0.6f, f.LabelSize * 1.25f);
            var cols = table.Columns.Count;
            float[] widths = [];
            float pad = 0;
            for (var attempt = 0; attempt < 6; attempt++)
            {
                using var hf = Ink.Font(size, bold: true);
                using var cf = Ink.Font(size);
                pad = size * 1.2f;
                widths = Enumerable.Range(0, cols).Select(c =>
                    Math.Max(Ink.Width(table.Columns[c], hf), table.Rows.Select(row => Ink.Width(row.Cells[c], cf) + (c == 1 ? size : 0)).DefaultIfEmpty(0).Max()) + pad).ToArray();
                if (widths.Sum() <= r.Width || size <= f.LabelSize * 0.6f)
                {
                    break;
                }

                size *= 0.9f;
            }

            // Stretch to the full width; if still too wide, the first (name) column gives way.
            var extra = r.Width - widths.Sum();
            if (extra > 0 && cols > 0)
            {
                for (var c = 0; c < cols; c++)
                {
                    widths[c] += extra / cols;
                }
            }
            else if (cols > 0)
            {
                widths[0] = Math.Max(size * 3, widths[0] + extra);
            }

            using var headerFont = Ink.Font(size, bold: true);
            using var cellFont = Ink.Font(size);
            var rowHeight = size * 2.2f;
            var y = r.Top;
            void Cells(IReadOnlyList<string> cells, SKFont font, Color color, float top, bool header, string? code)
            {
                var x = r.Left;
                for (var c = 0; c < cols; c++)
                {
                    var numeric = c < table.NumericColumns.Count && table.NumericColumns[c];
                    var inner = widths[c] - pad;
                    var text = Ink.Fit(cells[c], font, inner - (c == 1 && !header ? size : 0));
                    var baseline = top + rowHeight * 0.5f + size * 0.36f;
                    if (c == 1 && !header && code is not null)
                    {
                        // The country's colour as a small swatch, as in every other chart.
                        var sw = size * 0.7f;
                        Ink.Rect(canvas, new SKRect(x + pad / 2, top + rowHeight / 2 - sw / 2, x + pad / 2 + sw, top + rowHeight / 2 + sw / 2), f.SeriesColor(code));
                        Ink.Draw(canvas, text, x + pad / 2 + size, baseline, font, color);
                    }
                    else if (numeric)
                    {
                        Ink.Draw(canvas, text, x + widths[c] - pad / 2, baseline, font, color, SKTextAlign.Right);
                    }
                    else
                    {
                        Ink.Draw(canvas, text, x + pad / 2, baseline, font, color);
                    }

                    x += widths[c];
                }
            }

            Cells(table.Columns, headerFont, f.Theme.Foreground, y, header: true, code: null);
            y += rowHeight;
            Ink.Line(canvas, r.Left, y, r.Left + widths.Sum(), y, f.Theme.Axis, Math.Max(1, f.K * 1.5f));
            var maxRows = Math.Max(1, (int)((r.Bottom - y) / rowHeight));
            var shown = table.Rows.Count <= maxRows ? table.Rows.Count : maxRows - 1;
            for (var i = 0; i < shown; i++)
            {
                if (i % 2 == 1)
                {
                    Ink.Rect(canvas, new SKRect(r.Left, y, r.Left + widths.Sum(), y + rowHeight), f.Theme.Grid.WithAlpha(0.45));
                }

                Cells(table.Rows[i].Cells, cellFont, f.Theme.Foreground, y, header: false, code: table.Rows[i].EntityCode);
                y += rowHeight;
            }

            if (shown < table.Rows.Count)
            {
                Ink.Draw(canvas, "… " + f.Language.F("and {0} more rows: download the CSV", f.Language.Count(table.Rows.Count - shown)), r.Left + pad / 2, y + rowHeight * 0.5f + size * 0.36f, cellFont, f.Theme.Muted);
            }
        }));
        f.AddFrame();
    }
}
