namespace Dashboard.Web.Charts.Drawing;

/// <summary>Vertical placement of labels that must not overlap (line-end labels), as close to their targets as possible.</summary>
internal static class LabelPlacement
{
    /// <summary>
    /// Baseline-centre positions for labels wanting to sit at <paramref name="targets"/> (pixels, any order), at least
    /// <paramref name="spacing"/> apart and inside [<paramref name="top"/>, <paramref name="bottom"/>] when they fit.
    /// Only labels that collide move: a cluster at the bottom is pushed up without dragging far-away labels along.
    /// Returned in the order of <paramref name="targets"/>.
    /// </summary>
    public static float[] Spread(IReadOnlyList<float> targets, float spacing, float top, float bottom)
    {
        var order = Enumerable.Range(0, targets.Count).OrderBy(i => targets[i]).ThenBy(i => i).ToArray();
        var y = order.Select(i => Math.Clamp(targets[i], top, Math.Max(top, bottom))).ToArray();

        // Down: keep spacing below each label.
        for (var i = 1; i < y.Length; i++)
        {
            y[i] = Math.Max(y[i], y[i - 1] + spacing);
        }

        // Up from the bottom bound: pull back only the labels that were pushed past it.
        if (y.Length > 0 && y[^1] > bottom)
        {
            y[^1] = bottom;
            for (var i = y.Length - 2; i >= 0; i--)
            {
                y[i] = Math.Min(y[i], y[i + 1] - spacing);
            }
        }

        // Too many to fit: keep the first at the top bound and let the rest run down (never overlapping).
        if (y.Length > 0 && y[0] < top)
        {
            y[0] = top;
            for (var i = 1; i < y.Length; i++)
            {
                y[i] = Math.Max(y[i], y[i - 1] + spacing);
            }
        }

        var result = new float[targets.Count];
        for (var k = 0; k < order.Length; k++)
        {
            result[order[k]] = y[k];
        }

        return result;
    }
}
