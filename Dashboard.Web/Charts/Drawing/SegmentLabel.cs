using System.Globalization;

namespace Dashboard.Web.Charts.Drawing;

/// <summary>
/// Value labels inside stacked-share segments: only for meaningful shares (at least <see cref="MinShare"/> % of the
/// bar) and only where the text fits inside the segment with padding, so labels never spill over or overlap.
/// </summary>
internal static class SegmentLabel
{
    /// <summary>Smallest share of its bar (in %) a segment must have to be labelled.</summary>
    public const double MinShare = 5;

    /// <summary>"61" from 9.5 up, "6.6" below, with "%" for that unit (the table and CSV have the exact values).</summary>
    public static string Text(double value, string unit)
    {
        var text = Math.Abs(value) >= 9.5 ? value.ToString("0", CultureInfo.InvariantCulture) : value.ToString("0.#", CultureInfo.InvariantCulture);
        return unit == "%" ? text + "%" : text;
    }

    /// <summary>
    /// The label to draw in a segment, or null when it does not fit. Segment labels carry no unit (the value axis
    /// names it), so all labels of a chart look alike. <paramref name="measure"/> gives a text's width in pixels.
    /// </summary>
    public static string? Choose(double value, double sharePercent, float segmentWidth, float segmentHeight, float textHeight, Func<string, float> measure)
    {
        var text = Text(value, "");
        return Fits(sharePercent, segmentWidth, segmentHeight, measure(text), textHeight) ? text : null;
    }

    /// <summary>
    /// Whether a label of <paramref name="textWidth"/> × <paramref name="textHeight"/> pixels is drawn inside a segment of
    /// <paramref name="segmentWidth"/> × <paramref name="segmentHeight"/> pixels holding <paramref name="sharePercent"/> % of its bar.
    /// </summary>
    public static bool Fits(double sharePercent, float segmentWidth, float segmentHeight, float textWidth, float textHeight)
    {
        var pad = textHeight * 0.2f;
        return sharePercent >= MinShare
            && textWidth + 2 * pad <= segmentWidth
            && textHeight + 2 * pad <= segmentHeight;
    }
}
