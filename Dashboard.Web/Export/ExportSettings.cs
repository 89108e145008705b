using System.Globalization;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Web.Export;

/// <summary>
/// A validated export choice: 1× size (from a preset or custom), scale 1–4 and theme. The output image has
/// Width×Scale by Height×Scale pixels. Parsed by the chart selection parser with its limits, so a choice accepted
/// here is one the chart endpoint renders.
/// </summary>
public sealed record ExportSettings(ExportPreset? Preset, ChartSize Size, ChartTheme Theme)
{
    public static ExportSettings Default { get; } = new(ExportPreset.Slide16x9, new ChartSize(1920, 1080), ChartTheme.Light);

    /// <summary>"Slide 16:9 · 3840×2160 px (2×) · light".</summary>
    public string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"{Preset?.Label ?? "Custom"} · {Size.PixelWidth}×{Size.PixelHeight} px ({Size.Scale}×) · {Theme.Name}");

    /// <summary>A chart at these settings.</summary>
    public ChartSelection Apply(ChartSelection chart, ChartFormat? format = null) =>
        chart with { Size = Size, Theme = Theme, Format = format ?? chart.Format };

    /// <summary>
    /// Parses form or command-line words. <paramref name="preset"/> is a preset id or <c>custom</c> (then width and
    /// height are used); absent values take the defaults (Slide 16:9, 1×, light). On failure <paramref name="error"/>
    /// says what is allowed and <paramref name="parameter"/> names the parameter.
    /// </summary>
    public static bool TryParse(string? preset, string? width, string? height, string? scale, string? theme, ChartOptions limits,
        out ExportSettings settings, out string parameter, out string error)
    {
        settings = Default;
        (parameter, error) = ("", "");
        ExportPreset? chosen = null;
        if (!string.Equals(preset, ExportPreset.CustomId, StringComparison.OrdinalIgnoreCase))
        {
            chosen = string.IsNullOrEmpty(preset) ? ExportPreset.Slide16x9 : ExportPreset.Find(preset);
            if (chosen is null)
            {
                (parameter, error) = ("preset", $"'preset' must be one of {string.Join(", ", ExportPreset.All.Select(p => p.Id))}, {ExportPreset.CustomId}; got '{preset}'.");
                return false;
            }

            width = chosen.Width.ToString(CultureInfo.InvariantCulture);
            height = chosen.Height.ToString(CultureInfo.InvariantCulture);
        }
        else if (string.IsNullOrWhiteSpace(width) || string.IsNullOrWhiteSpace(height))
        {
            (parameter, error) = (string.IsNullOrWhiteSpace(width) ? "width" : "height", "A custom size needs both 'width' and 'height'.");
            return false;
        }

        var words = new Dictionary<string, StringValues>(StringComparer.Ordinal)
        {
            ["width"] = width,
            ["height"] = height,
            ["scale"] = scale,
            ["theme"] = theme,
        };
        var parsed = ChartSelectionParser.Parse(words, limits);
        if (!parsed.IsValid)
        {
            (parameter, error) = (parsed.FirstParameter!, string.Join(" ", parsed.Errors.Values.SelectMany(v => v)));
            return false;
        }

        settings = new ExportSettings(chosen, parsed.Selection.Size, parsed.Selection.Theme);
        return true;
    }
}
