namespace Dashboard.Web.Charts.Drawing;

/// <summary>
/// How category labels go under bars: level when the widest fits its slot, otherwise turned 45° (every bar keeps its
/// label), and when even turned labels would touch, only every <see cref="Every"/>-th is drawn.
/// </summary>
internal sealed record CategoryAxisLayout(bool Rotated, int Every, float Height)
{
    /// <summary>Diagonal labels need this share of the line height in slot width (1/sin 45°, with a little air).</summary>
    private const float RotatedFootprint = 1.5f;

    public static CategoryAxisLayout For(float slotWidth, IReadOnlyList<float> labelWidths, float lineHeight)
    {
        var widest = labelWidths.Count == 0 ? 0 : labelWidths.Max();
        if (widest <= slotWidth * 0.9f)
        {
            return new CategoryAxisLayout(false, 1, lineHeight);
        }

        var every = Math.Max(1, (int)Math.Ceiling(lineHeight * RotatedFootprint / Math.Max(1, slotWidth)));
        var height = (widest + lineHeight * 0.6f) * 0.7071f + lineHeight * 0.3f;
        return new CategoryAxisLayout(true, every, height);
    }
}
