using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Points;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using ScottPlot;
using SkiaSharp;

namespace Dashboard.Web.Charts.Drawing;

/// <summary>
/// What every chart kind shares: sizes scaled to the image, the header (title, subtitle, optional key), the footer
/// (notes and "Source: … · site"), margins, and the axis look (light grid, no top/right frame, no ScottPlot defaults).
/// </summary>
internal sealed class ChartFrame
{
    public ChartFrame(Plot plot, ChartSpec spec, ChartTheme theme, ChartSize size, ChartLayout layout = ChartLayout.Wide, PointMap? points = null)
    {
        Plot = plot;
        Spec = spec;
        Theme = theme;
        Size = size;
        Layout = layout;
        Points = points;
        K = ChartTheme.TypeScale(size.Width, size.Height, layout);
        Margin = theme.Margin * K;
        TitleSize = theme.TitleSize * K;
        SubtitleSize = theme.SubtitleSize * K;
        AxisLabelSize = theme.AxisLabelSize * K;
        TickSize = theme.TickLabelSize * K;
        FooterSize = theme.FooterSize * K;
        LabelSize = theme.DirectLabelSize * K;
        ValueSize = theme.ValueLabelSize * K;
        LineWidth = theme.LineWidth * K;
        MarkerSize = theme.MarkerSize * K;
        _styles = ChartPalette.Assign(spec);
        points?.Describe(spec, size.Scale, TickSize, code => SeriesColor(code).ToHex());
    }

    private readonly IReadOnlyDictionary<string, EntityStyle> _styles;

    public Plot Plot { get; }
    public ChartSpec Spec { get; }
    public ChartTheme Theme { get; }
    public ChartSize Size { get; }

    public ChartLayout Layout { get; }

    /// <summary>Narrow (phone) layout: a key under the subtitle instead of labels at the line ends.</summary>
    public bool IsNarrow => Layout == ChartLayout.Narrow;

    /// <summary>Where the drawers record the position of each drawn value (points.json), or null when nobody asked.</summary>
    public PointMap? Points { get; }

    /// <summary>Type scale of this image relative to 1200×675.</summary>
    public float K { get; }
    public float Margin { get; }
    public float TitleSize { get; }
    public float SubtitleSize { get; }
    public float AxisLabelSize { get; }
    public float TickSize { get; }
    public float FooterSize { get; }
    public float LabelSize { get; }
    public float ValueSize { get; }
    public float LineWidth { get; }
    public float MarkerSize { get; }

    /// <summary>Width available to text between the left and right margins.</summary>
    public float TextWidth => Math.Max(10, Size.Width - 2 * Margin);

    /// <summary>The style of a code in this chart (see <see cref="ChartPalette.Assign(ChartSpec)"/>).</summary>
    public EntityStyle Style(string code) => _styles.TryGetValue(code, out var style) ? style : ChartPalette.For(code);

    public Color SeriesColor(string code) => Style(code).ColorFor(Theme);

    /// <summary>Background, fonts, axis and grid look for charts with axes.</summary>
    public void StyleAxes()
    {
        var p = Plot;
        p.FigureBackground.Color = Theme.Background;
        p.DataBackground.Color = Theme.Background;
        p.Axes.Title.IsVisible = false;
        p.Legend.IsVisible = false;

        foreach (var axis in new IAxis[] { p.Axes.Left, p.Axes.Bottom, p.Axes.Top, p.Axes.Right })
        {
            axis.FrameLineStyle.Width = 0;
            axis.MajorTickStyle.Length = 0;
            axis.MinorTickStyle.Length = 0;
            axis.TickLabelStyle.FontName = ChartFonts.Family;
            axis.TickLabelStyle.FontSize = TickSize;
            axis.TickLabelStyle.ForeColor = Theme.Foreground;
            axis.Label.FontName = ChartFonts.Family;
            axis.Label.FontSize = AxisLabelSize;
            axis.Label.ForeColor = Theme.Muted;
            axis.Label.Bold = false;
        }

        p.Axes.Top.IsVisible = false;
        p.Axes.Right.IsVisible = false;

        // An empty axis title still takes a line of height under the ticks; charts name time and categories themselves.
        p.Axes.Bottom.Label.IsVisible = !string.IsNullOrEmpty(Spec.XAxisLabel);

        // A baseline on the category/time axis only; value gridlines do the rest.
        p.Axes.Bottom.FrameLineStyle.Width = Math.Max(1, K * 1.2f);
        p.Axes.Bottom.FrameLineStyle.Color = Theme.Axis;
        p.Axes.Bottom.MajorTickStyle.Length = 5 * K;
        p.Axes.Bottom.MajorTickStyle.Width = Math.Max(1, K);
        p.Axes.Bottom.MajorTickStyle.Color = Theme.Axis;

        p.Grid.XAxisStyle.IsVisible = false;
        p.Grid.YAxisStyle.MajorLineStyle.Color = Theme.Grid;
        p.Grid.YAxisStyle.MajorLineStyle.Width = Math.Max(1, K);
        p.Grid.YAxisStyle.MinorLineStyle.Width = 0;
        p.Grid.IsBeneathPlottables = true;
    }

    /// <summary>A chart without axes (timeline, table, empty): the data area is just the space between header and footer.</summary>
    public void HideAxes()
    {
        var p = Plot;
        p.FigureBackground.Color = Theme.Background;
        p.DataBackground.Color = Theme.Background;
        p.Axes.Title.IsVisible = false;
        foreach (var axis in new IAxis[] { p.Axes.Left, p.Axes.Bottom, p.Axes.Top, p.Axes.Right })
        {
            axis.IsVisible = false;
        }

        p.Grid.IsVisible = false;
        p.Axes.SetLimits(0, 1, 0, 1);
    }

    /// <summary>
    /// Adds the header, footer and side margins. <paramref name="legend"/> adds a key under the subtitle (series that
    /// could not be labelled directly); <paramref name="rightExtra"/> widens the right margin for direct labels.
    /// </summary>
    public void AddFrame(IReadOnlyList<LegendEntry>? legend = null, float rightExtra = 0, Action<RenderPack>? drawRight = null)
    {
        using var titleFont = Ink.Font(TitleSize, bold: true);
        using var subtitleFont = Ink.Font(SubtitleSize);
        using var footerFont = Ink.Font(FooterSize);

        var titleLines = Ink.Wrap(Spec.Title, titleFont, TextWidth, 2);
        var subtitleLines = Ink.Wrap(Spec.Subtitle, subtitleFont, TextWidth, 2);
        var legendRows = legend is { Count: > 0 } ? LayoutLegend(legend) : [];

        var top = Margin * 0.75f;
        var header = top + titleLines.Count * TitleSize * 1.2f + (subtitleLines.Count > 0 ? SubtitleSize * 0.35f + subtitleLines.Count * Ink.LineHeight(SubtitleSize) : 0);
        var legendTop = header + SubtitleSize * 0.5f;
        if (legendRows.Count > 0)
        {
            header = legendTop + legendRows.Count * Ink.LineHeight(LabelSize) + LabelSize * 0.2f;
        }

        // Room for the top value tick label, which sticks out above the data area by half its height.
        header += Margin * 0.55f + TickSize * 0.5f;

        var footerLines = FooterLines(footerFont);
        var footer = Margin * 0.5f + footerLines.Count * Ink.LineHeight(FooterSize) + Margin * 0.45f;

        Plot.Axes.AddPanel(new FigurePanel(Edge.Top, header, rp =>
        {
            var canvas = rp.Canvas;
            var x = rp.ScaledFigureRect.Left + Margin;
            var y = rp.ScaledFigureRect.Top + top;
            using var tf = Ink.Font(TitleSize, bold: true);
            foreach (var line in titleLines)
            {
                y += TitleSize * 1.2f;
                Ink.Draw(canvas, line, x, y - TitleSize * 0.22f, tf, Theme.Foreground);
            }

            y += SubtitleSize * 0.35f;
            using var sf = Ink.Font(SubtitleSize);
            foreach (var line in subtitleLines)
            {
                y += Ink.LineHeight(SubtitleSize);
                Ink.Draw(canvas, line, x, y - SubtitleSize * 0.3f, sf, Theme.Muted);
            }

            if (legendRows.Count > 0)
            {
                DrawLegend(rp, legendRows, x, rp.ScaledFigureRect.Top + legendTop);
            }
        }));

        Plot.Axes.AddPanel(new FigurePanel(Edge.Bottom, footer, rp =>
        {
            using var ff = Ink.Font(FooterSize);
            var x = rp.ScaledFigureRect.Left + Margin;
            var y = rp.ScaledFigureRect.Bottom - Margin * 0.45f - footerLines.Count * Ink.LineHeight(FooterSize);
            foreach (var (text, muted) in footerLines)
            {
                y += Ink.LineHeight(FooterSize);
                Ink.Draw(rp.Canvas, text, x, y - FooterSize * 0.3f, ff, muted ? Theme.Muted : Theme.Foreground);
            }
        }));

        Plot.Axes.AddPanel(new FigurePanel(Edge.Left, Margin));
        Plot.Axes.AddPanel(new FigurePanel(Edge.Right, Margin + rightExtra, drawRight));
    }

    /// <summary>Notes (muted) then the source line; the source line wraps but always ends with the site name.</summary>
    private List<(string Text, bool Muted)> FooterLines(SKFont font)
    {
        // Notes wrap to two lines each, at most four note lines in all (fewer on small images): the first notes (the
        // paper's marks) matter most.
        var lines = new List<(string, bool)>();
        foreach (var note in Spec.Notes)
        {
            var room = Math.Clamp((int)(Size.Height / 160f), 1, MaxNoteLines) - lines.Count;
            if (room <= 0)
            {
                break;
            }

            lines.AddRange(Ink.Wrap(note, font, TextWidth, Math.Min(2, room)).Select(l => (l, true)));
        }

        var footer = Spec.Footer.IsEmpty ? "Source: none" : Spec.Footer.Text;
        var wrapped = Ink.Wrap(footer, font, TextWidth, 3);
        var site = Spec.Footer.Site;
        // Cut when the wrapped lines lose the end (a site name merely wrapped onto the last line is kept as it is).
        if (site.Length > 0 && footer.Length > site.Length && !string.Join(' ', wrapped).EndsWith(site, StringComparison.Ordinal))
        {
            // Cut: keep the site name visible, shorten the citations instead.
            var suffix = " · " + site;
            wrapped[^1] = Ink.Fit(wrapped[^1], font, TextWidth - Ink.Width(suffix, font)).TrimEnd(' ', '·') + suffix;
        }

        lines.AddRange(wrapped.Select(w => (w, false)));
        return lines;
    }

    private const int MaxNoteLines = 4;

    private List<List<LegendEntry>> LayoutLegend(IReadOnlyList<LegendEntry> entries)
    {
        using var font = Ink.Font(LabelSize);
        var rows = new List<List<LegendEntry>> { new() };
        var x = 0f;
        foreach (var e in entries)
        {
            var w = LegendSwatchWidth + LabelSize * 0.4f + Ink.Width(e.Name, font) + LabelSize * 1.2f;
            if (x + w > TextWidth && rows[^1].Count > 0)
            {
                rows.Add([]);
                x = 0;
            }

            rows[^1].Add(e);
            x += w;
        }

        // A phone's key stacks every series (there are no end labels); a wide one keeps to three rows.
        return rows.Take(IsNarrow ? 12 : 3).ToList();
    }

    private float LegendSwatchWidth => LabelSize * 2.2f;

    private void DrawLegend(RenderPack rp, List<List<LegendEntry>> rows, float left, float top)
    {
        using var font = Ink.Font(LabelSize);
        var y = top;
        foreach (var row in rows)
        {
            y += Ink.LineHeight(LabelSize);
            var x = left;
            var mid = y - LabelSize * 0.38f;
            foreach (var e in row)
            {
                var color = SeriesColor(e.Code);
                var style = Style(e.Code);
                if (e.Swatch == LegendSwatch.Box)
                {
                    Ink.Rect(rp.Canvas, new SKRect(x, mid - LabelSize * 0.45f, x + LegendSwatchWidth * 0.6f, mid + LabelSize * 0.45f), color);
                }
                else
                {
                    var w = Math.Max(1.5f, LineWidth * 0.8f);
                    Ink.Line(rp.Canvas, x, mid, x + LegendSwatchWidth, mid, color, w, Ink.Dash(style.Dash, w));
                    var marker = Style(e.MarkerCode ?? e.Code).Marker;
                    Ink.Marker(rp, x + LegendSwatchWidth / 2, mid, marker, MarkerSize, color, Math.Max(1.5f, LineWidth * 0.6f));
                }

                var tx = x + (e.Swatch == LegendSwatch.Box ? LegendSwatchWidth * 0.6f : LegendSwatchWidth) + LabelSize * 0.4f;
                Ink.Draw(rp.Canvas, e.Name, tx, y - LabelSize * 0.3f, font, Theme.Foreground);
                x = tx + Ink.Width(e.Name, font) + LabelSize * 1.2f;
            }
        }
    }
}
