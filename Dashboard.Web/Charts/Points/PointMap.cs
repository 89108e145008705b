using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;

namespace Dashboard.Web.Charts.Points;

/// <summary>
/// What a render says about its own pixels, for <c>points.json</c>: the drawers record where each value was drawn
/// while the plot renders (so positions come from the layout ScottPlot used, at the requested size, scale, theme and
/// layout), and the frame records the series colours and the tick font size. One per plot; not thread-safe. A
/// plot's first render lays out twice; a later record of the same value replaces the earlier one.
/// </summary>
public sealed class PointMap
{
    private readonly Dictionary<(int Series, int Index), PointPosition> _positions = [];
    private readonly Dictionary<int, MarkPosition> _marks = [];
    private IReadOnlyList<ChartMark> _specMarks = [];
    private Dictionary<object, (int Series, int Index)> _indexOf = new(ReferenceEqualityComparer.Instance);
    private int _scale = 1;

    /// <summary>The series colours in the render's theme ("#C0392B"), by series index.</summary>
    public IReadOnlyList<string> SeriesColors { get; private set; } = [];

    /// <summary>The code each series is styled by: the series' style code, or a timeline's actor codes.</summary>
    public IReadOnlyList<string> SeriesCodes { get; private set; } = [];

    /// <summary>Font size of the axis tick labels, in image pixels.</summary>
    public float TickFontSize { get; private set; }

    /// <summary>The data area (plot or map view) as drawn: left, top, right, bottom in image pixels; null before a render.</summary>
    public float[]? DataArea { get; private set; }

    /// <summary>A map's classes as its legend draws them: label and fill colour ("#FDE725"), lowest first.</summary>
    public IReadOnlyList<(string Label, string Color)> Classes { get; private set; } = [];

    /// <summary>Why the render has no points (a table, no data), or null.</summary>
    public string? Reason { get; private set; }

    /// <summary>Every recorded position, by series then index.</summary>
    public IReadOnlyList<PointPosition> Positions =>
        _positions.Values.OrderBy(p => p.Series).ThenBy(p => p.Index).ToList();

    /// <summary>Every recorded ◆ of the paper's figures, in the spec's order.</summary>
    public IReadOnlyList<MarkPosition> Marks => _marks.Values.OrderBy(m => m.Mark).ToList();

    /// <summary>Called by the frame before drawing: which spec, its colours and type, and the scale to image pixels.</summary>
    internal void Describe(ChartSpec spec, int scale, float tickFontSize, Func<string, string> colorOf)
    {
        _scale = scale;
        TickFontSize = tickFontSize * scale;
        _indexOf = new Dictionary<object, (int, int)>(ReferenceEqualityComparer.Instance);
        _specMarks = spec.Marks;
        if (spec.Kind == ChartKind.Timeline)
        {
            SeriesCodes = spec.Events.Select(e => e.ActorCode).Distinct(StringComparer.Ordinal).ToList();
            for (var i = 0; i < spec.Events.Count; i++)
            {
                _indexOf[spec.Events[i]] = (IndexOf(SeriesCodes, spec.Events[i].ActorCode), i);
            }
        }
        else
        {
            SeriesCodes = spec.Series.Select(s => s.StyleCode).ToList();
            for (var s = 0; s < spec.Series.Count; s++)
            {
                for (var i = 0; i < spec.Series[s].Points.Count; i++)
                {
                    _indexOf[spec.Series[s].Points[i]] = (s, i);
                }
            }
        }

        SeriesColors = SeriesCodes.Select(colorOf).ToList();
    }

    internal void NoPoints(string reason) => Reason = reason;

    /// <summary>The data area of the render, in 1× layout pixels.</summary>
    internal void Area(float left, float top, float right, float bottom) => DataArea = [left * _scale, top * _scale, right * _scale, bottom * _scale];

    /// <summary>A map's legend classes, lowest first.</summary>
    internal void Legend(IReadOnlyList<(string Label, string Color)> classes) => Classes = classes;

    /// <summary>A value drawn at (<paramref name="x"/>, <paramref name="y"/>) in 1× layout pixels.</summary>
    internal void Point(object value, float x, float y) => Area(value, x, y, x, y, x, y);

    /// <summary>A value drawn as the area (<paramref name="left"/> … <paramref name="bottom"/>) around (<paramref name="x"/>, <paramref name="y"/>), in 1× layout pixels.</summary>
    internal void Area(object value, float x, float y, float left, float top, float right, float bottom)
    {
        if (!_indexOf.TryGetValue(value, out var at))
        {
            return;
        }

        float S(float v) => v * _scale;
        _positions[at] = new PointPosition(at.Series, at.Index, S(x), S(y), S(Math.Min(left, right)), S(Math.Min(top, bottom)), S(Math.Max(left, right)), S(Math.Max(top, bottom)));
    }

    /// <summary>
    /// A value drawn as a shape (a country on a map): its rings as x, y pairs, with (<paramref name="x"/>,
    /// <paramref name="y"/>) where its label or centre is, all in 1× layout pixels; the box is the rings' bounds.
    /// </summary>
    internal void Shape(object value, float x, float y, IReadOnlyList<float[]> rings)
    {
        if (!_indexOf.TryGetValue(value, out var at) || rings.Count == 0)
        {
            return;
        }

        var xs = rings.SelectMany(r => r.Where((_, i) => i % 2 == 0)).ToList();
        var ys = rings.SelectMany(r => r.Where((_, i) => i % 2 == 1)).ToList();
        Area(value, x, y, xs.Min(), ys.Min(), xs.Max(), ys.Max());
        _positions[at] = _positions[at] with { Shape = rings.Select(r => r.Select(v => v * _scale).ToArray()).ToList() };
    }

    /// <summary>A ◆ of <paramref name="mark"/> centred on (<paramref name="x"/>, <paramref name="y"/>) and its label's box (empty: no label here), in 1× layout pixels.</summary>
    internal void Mark(ChartMark mark, float x, float y, float size, float labelLeft = 0, float labelTop = 0, float labelRight = 0, float labelBottom = 0)
    {
        var index = -1;
        for (var i = 0; i < _specMarks.Count; i++)
        {
            index = ReferenceEquals(_specMarks[i], mark) ? i : index;
        }

        if (index < 0)
        {
            return;
        }

        float S(float v) => v * _scale;
        var labelled = _marks.TryGetValue(index, out var earlier) && labelRight <= labelLeft
            ? (earlier.LabelLeft, earlier.LabelTop, earlier.LabelRight, earlier.LabelBottom)
            : (S(labelLeft), S(labelTop), S(labelRight), S(labelBottom));
        _marks[index] = new MarkPosition(index, S(x), S(y), S(size), labelled.Item1, labelled.Item2, labelled.Item3, labelled.Item4);
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
