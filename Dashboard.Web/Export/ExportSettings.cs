using System.Globalization;

namespace Dashboard.Web.Export;

/// <summary>
/// A validated export choice: 1× size (from a preset or custom), scale 1–4 and theme. The output image has
/// Width×Scale by Height×Scale pixels and must stay within the chart endpoint's pixel cap.
/// </summary>
public sealed record ExportSettings(ExportPreset? Preset, int Width, int Height, int Scale, string Theme)
{
    /// <summary>Smallest custom side in 1× pixels: below this a chart with title and source footer is unreadable.</summary>
    public const int MinSide = 320;

    /// <summary>Largest custom side in 1× pixels (8K width); the pixel cap limits the area.</summary>
    public const int MaxSide = 7680;

    public static readonly IReadOnlyList<string> Themes = ["light", "dark", "projector"];

    public static ExportSettings Default { get; } = new(ExportPreset.Slide16x9, 1920, 1080, 1, "light");

    public int PixelWidth => Width * Scale;

    public int PixelHeight => Height * Scale;

    /// <summary>"Slide 16:9 · 3840×2160 px (2×) · light".</summary>
    public string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"{Preset?.Label ?? "Custom"} · {PixelWidth}×{PixelHeight} px ({Scale}×) · {Theme}");

    public ChartLink Link(ExportPanelRequest chart) =>
        new(chart.Indicator, chart.Entities, chart.From, chart.To, Width, Height, Scale, Theme);

    /// <summary>
    /// Parses form or command-line words. <paramref name="preset"/> is a preset id or <c>custom</c> (then width and
    /// height are required); absent values take the defaults (Slide 16:9, 1×, light). On failure
    /// <paramref name="error"/> names the parameter and the allowed values.
    /// </summary>
    public static bool TryParse(string? preset, string? width, string? height, string? scale, string? theme, long maxPixels,
        out ExportSettings settings, out string error)
    {
        settings = Default;
        error = "";
        ExportPreset? chosen = null;
        int w, h;
        if (string.IsNullOrEmpty(preset) || !string.Equals(preset, ExportPreset.CustomId, StringComparison.OrdinalIgnoreCase))
        {
            chosen = string.IsNullOrEmpty(preset) ? ExportPreset.Slide16x9 : ExportPreset.Find(preset);
            if (chosen is null)
            {
                error = $"preset '{preset}' is not one of: {string.Join(", ", ExportPreset.All.Select(p => p.Id))}, {ExportPreset.CustomId}";
                return false;
            }

            (w, h) = (chosen.Width, chosen.Height);
        }
        else if (!TrySide("width", width, out w, out error) || !TrySide("height", height, out h, out error))
        {
            return false;
        }

        var s = 1;
        if (!string.IsNullOrEmpty(scale) &&
            (!int.TryParse(scale, NumberStyles.None, CultureInfo.InvariantCulture, out s) || s is < ExportPreset.MinScale or > ExportPreset.MaxScale))
        {
            error = $"scale '{scale}' is not a whole number from {ExportPreset.MinScale} to {ExportPreset.MaxScale}";
            return false;
        }

        var t = string.IsNullOrEmpty(theme) ? "light" : theme.ToLowerInvariant();
        if (!Themes.Contains(t))
        {
            error = $"theme '{theme}' is not one of: {string.Join(", ", Themes)}";
            return false;
        }

        if ((long)w * h * s * s > maxPixels)
        {
            error = string.Create(CultureInfo.InvariantCulture,
                $"{w}×{h} at {s}× is {(long)w * h * s * s:N0} pixels, more than the limit of {maxPixels:N0}; choose a smaller size or scale");
            return false;
        }

        settings = new ExportSettings(chosen, w, h, s, t);
        return true;
    }

    private static bool TrySide(string name, string? text, out int value, out string error)
    {
        error = "";
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) || value is < MinSide or > MaxSide)
        {
            error = $"{name} '{text}' is not a whole number of pixels from {MinSide} to {MaxSide} (a custom size needs width and height)";
            return false;
        }

        return true;
    }
}
