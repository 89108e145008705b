using System.Globalization;
using Dashboard.Web.Charts;
using Dashboard.Web.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Web.Export;

/// <summary>
/// A validated export choice: 1× size (from a preset or custom), scale 1–4 and theme. The output image has
/// Width×Scale by Height×Scale pixels. Validation is the chart endpoint's own (<see cref="ChartQueryParser"/>), so a
/// choice accepted here is one the endpoint renders.
/// </summary>
public sealed record ExportSettings(ExportPreset? Preset, int Width, int Height, int Scale, ChartTheme Theme)
{
    public static ExportSettings Default { get; } = new(ExportPreset.Slide16x9, 1920, 1080, 1, ChartTheme.Light);

    public int PixelWidth => Width * Scale;

    public int PixelHeight => Height * Scale;

    public ChartSize Size => new(Width, Height, Scale);

    /// <summary>"Slide 16:9 · 3840×2160 px (2×) · light".</summary>
    public string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"{Preset?.Label ?? "Custom"} · {PixelWidth}×{PixelHeight} px ({Scale}×) · {Theme.Name}");

    /// <summary>The chart endpoint query for a chart at these settings.</summary>
    public ChartQuery Query(ExportPanelRequest chart)
    {
        var request = chart.ToChartRequest();
        return new ChartQuery
        {
            Entities = request.Entities,
            From = request.From,
            To = request.To,
            Width = Width,
            Height = Height,
            Scale = Scale,
            Theme = Theme,
        };
    }

    /// <summary>Relative URL of the chart at these settings, e.g. <c>/charts/top500-systems.png?width=1920&amp;height=1080</c>.</summary>
    public string Url(ExportPanelRequest chart, string format) =>
        Query(chart).Path(chart.Indicator, format == "svg" ? ChartFormat.Svg : format == "csv" ? ChartFormat.Csv : ChartFormat.Png);

    /// <summary>
    /// Parses form or command-line words. <paramref name="preset"/> is a preset id or <c>custom</c> (then width and
    /// height are used); absent values take the defaults (Slide 16:9, 1×, light). On failure <paramref name="error"/>
    /// names the parameter and what is allowed.
    /// </summary>
    public static bool TryParse(string? preset, string? width, string? height, string? scale, string? theme, long maxPixels,
        out ExportSettings settings, out string error)
    {
        settings = Default;
        error = "";
        ExportPreset? chosen = null;
        if (!string.Equals(preset, ExportPreset.CustomId, StringComparison.OrdinalIgnoreCase))
        {
            chosen = string.IsNullOrEmpty(preset) ? ExportPreset.Slide16x9 : ExportPreset.Find(preset);
            if (chosen is null)
            {
                error = $"'preset' must be one of {string.Join(", ", ExportPreset.All.Select(p => p.Id))}, {ExportPreset.CustomId}; got '{preset}'.";
                return false;
            }

            width = chosen.Width.ToString(CultureInfo.InvariantCulture);
            height = chosen.Height.ToString(CultureInfo.InvariantCulture);
        }
        else if (string.IsNullOrWhiteSpace(width) || string.IsNullOrWhiteSpace(height))
        {
            error = "A custom size needs both 'width' and 'height'.";
            return false;
        }

        var words = new Dictionary<string, StringValues>(StringComparer.Ordinal)
        {
            ["width"] = width,
            ["height"] = height,
            ["scale"] = scale,
            ["theme"] = theme,
        };
        var (query, errors) = ChartQueryParser.Parse(new QueryCollection(words), maxPixels);
        if (errors.Count > 0)
        {
            error = string.Join(" ", errors.Values.SelectMany(v => v));
            return false;
        }

        settings = new ExportSettings(chosen, query.Width, query.Height, query.Scale, query.Theme);
        return true;
    }
}
