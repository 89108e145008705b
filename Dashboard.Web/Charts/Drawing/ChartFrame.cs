using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Points;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Localization;
using ScottPlot;
using SkiaSharp;

namespace Dashboard.Web.Charts.Drawing;

/// <summary>
/// What every chart kind shares: sizes scaled to the image, the header (title, subtitle, optional key), the footer
/// (notes and "Source: … · site"), margins, and the axis look (light grid, no top/right frame, no ScottPlot defaults).
/// </summary>
internal sealed class ChartFrame
{
    public ChartFrame(Plot plot, ChartSpec spec, ChartTheme theme, ChartSize size, ChartLayout layout = ChartLayout.Wide, PointMap? points = null,
        ChartFraming framing = ChartFraming.Full)
    {
        Plot = plot;
        Spec = spec;
        Theme = theme;
        Size = size;
        Layout = layout;
        Points = points;
        Framing = framing;
        K = ChartTheme.TypeScale(size.Width, framing == ChartFraming.DataOnly ? Math.Max(size.Height, size.Width * 9 / 16) : size.Height, layout);
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

    /// <summary>The reader's language of the chart (its selection's <c>lang</c>).</summary>
    public Language Language => Language.Of(Spec.Selection.Culture);
    public ChartTheme Theme { get; }
    public ChartSize Size { get; }

    public ChartLayout Layout { get; }

    /// <summary>Narrow (phone) layout: a key under the plot instead of labels at the line ends.</summary>
    public bool IsNarrow => Layout == ChartLayout.Narrow;

    /// <summary>Where the drawers record the position of each drawn value (points.json), or null when nobody asked.</summary>
    public PointMap? Points { get; }

    /// <summary><see cref="ChartFraming.DataOnly"/>: no title, subtitle, notes or source line (the slide prints them), and type sized for the width, as on a slide (its picture is often wider than 16:9).</summary>
    public ChartFraming Framing { get; }

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
    /// Adds the header, footer and side margins. <paramref name="legend"/> adds a key (<see cref="ChartKey"/>: under the
    /// subtitle, or under the plot on a phone) for series that could not be labelled directly; <paramref name="rightExtra"/>
    /// widens the right margin for direct labels.
    /// </summary>
    public void AddFrame(IReadOnlyList<LegendEntry>? legend = null, float rightExtra = 0, Action<RenderPack>? drawRight = null)
    {
        using var titleFont = Ink.Font(TitleSize, bold: true);
        using var subtitleFont = Ink.Font(SubtitleSize);
        using var footerFont = Ink.Font(FooterSize);

        var bare = Framing == ChartFraming.DataOnly;
        var titleLines = bare ? [] : Ink.Wrap(Spec.Title, titleFont, TextWidth, 2);
        var subtitleLines = bare ? [] : Ink.Wrap(Spec.Subtitle, subtitleFont, TextWidth, 2);
        var key = new ChartKey(this);
        var legendRows = legend is { Count: > 0 } ? key.Layout(legend) : [];
        var keyBelow = IsNarrow ? key.Height(legendRows.Count) : 0;

        var top = Margin * 0.75f;
        var header = top + titleLines.Count * TitleSize * 1.2f + (subtitleLines.Count > 0 ? SubtitleSize * 0.35f + subtitleLines.Count * Ink.LineHeight(SubtitleSize) : 0);
        var legendTop = header + SubtitleSize * 0.5f;
        if (legendRows.Count > 0 && !IsNarrow)
        {
            header = legendTop + key.Height(legendRows.Count);
        }

        // Room for the top value tick label, which sticks out above the data area by half its height.
        header += Margin * (IsNarrow ? 0.2f : 0.55f) + TickSize * 0.5f;

        var footerLines = bare ? [] : FooterLines(footerFont);
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

            if (legendRows.Count > 0 && !IsNarrow)
            {
                key.Draw(rp, legendRows, x, rp.ScaledFigureRect.Top + legendTop);
            }
        }));

        // A phone's key sits under the plot, above the notes and source line.
        Plot.Axes.AddPanel(new FigurePanel(Edge.Bottom, footer + keyBelow, rp =>
        {
            using var ff = Ink.Font(FooterSize);
            var x = rp.ScaledFigureRect.Left + Margin;
            if (keyBelow > 0)
            {
                key.Draw(rp, legendRows, x, rp.ScaledFigureRect.Bottom - footer - keyBelow);
            }

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

        var footer = Spec.Footer.IsEmpty ? Language.T("Source: none") : Spec.Footer.Text;
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
}
