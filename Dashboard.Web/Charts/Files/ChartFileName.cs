using System.Globalization;
using System.Text;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;

namespace Dashboard.Web.Charts.Files;

/// <summary>
/// File names that say what a file is: entities, indicator, period span and pixel size, e.g.
/// <c>china-russia-top500-systems-1993-2026-1920x1080.png</c>.
/// </summary>
public static class ChartFileName
{
    /// <summary>More entities than this are counted ("7-entities") rather than listed, to keep names short.</summary>
    public const int MaxNamedEntities = 3;

    /// <summary>The name without size and extension: <c>china-russia-top500-systems-1993-2026</c>.</summary>
    public static string Stem(IReadOnlyList<string> entityNames, string indicatorId, int? firstYear, int? lastYear)
    {
        var parts = new List<string>();
        if (entityNames.Count > MaxNamedEntities)
        {
            parts.Add(entityNames.Count.ToString(CultureInfo.InvariantCulture) + "-entities");
        }
        else
        {
            parts.AddRange(entityNames.Select(Slug).Where(s => s.Length > 0));
        }

        parts.Add(Slug(indicatorId));
        if (firstYear is { } first && lastYear is { } last)
        {
            parts.Add(first == last
                ? first.ToString(CultureInfo.InvariantCulture)
                : FormattableString.Invariant($"{first}-{last}"));
        }

        return string.Join('-', parts.Where(p => p.Length > 0));
    }

    /// <summary>
    /// The stem of a chart: entities are named only when chosen; a chart of everything is named by its indicator and
    /// span; a map (always the five states) by its indicator, "map" and its period.
    /// </summary>
    public static string Stem(ChartSpec spec) =>
        Stem(spec.Selection.Entities.Count > 0 && spec.Kind != ChartKind.Map ? spec.EntityNames : [],
            spec.Kind == ChartKind.Map ? spec.IndicatorId + "-map" : spec.IndicatorId,
            spec.Periods.Count == 0 ? null : spec.Periods.Min(p => p.StartYear),
            spec.Periods.Count == 0 ? null : spec.Periods.Max(p => p.EndYear));

    /// <summary>An image name: the stem, the output size in pixels, the theme unless light, and the extension.</summary>
    public static string Image(string stem, int pixelWidth, int pixelHeight, string extension, string theme = "light") =>
        theme == "light"
            ? FormattableString.Invariant($"{stem}-{pixelWidth}x{pixelHeight}.{extension}")
            : FormattableString.Invariant($"{stem}-{pixelWidth}x{pixelHeight}-{Slug(theme)}.{extension}");

    /// <summary>
    /// The name of a chart file: entities (only when chosen), indicator and period span from what the chart shows, then
    /// for images the pixel size and a non-light theme, e.g. <c>china-russia-top500-systems-1993-2026-1920x1080.png</c>.
    /// </summary>
    public static string For(ChartSpec spec, ChartSelection file)
    {
        var stem = Stem(spec);
        return file.Format == ChartFormat.Csv
            ? stem + ".csv"
            : Image(stem, file.Size.PixelWidth, file.Size.PixelHeight, ChartFormats.Extension(file.Format), file.Theme.Name);
    }

    /// <summary>
    /// Lower-case ASCII letters and digits joined by single hyphens; accents dropped ("Türkiye" → "turkiye"),
    /// everything else (spaces, brackets, slashes, dots) becomes a separator, so no name can leave its folder.
    /// </summary>
    public static string Slug(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text)
        {
            var lower = Fold(char.ToLowerInvariant(c));
            if (lower is not null)
            {
                if (pendingHyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }

                sb.Append(lower);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return sb.ToString();
    }

    // Accented Latin letters of the names in data/ (Türkiye, Fırat, Küçüksolak, …) fold to their base letter; Unicode
    // decomposition is not available with InvariantGlobalization, hence a table. Anything else separates words.
    private const string Accented = "àáâãäåāăąçćčďđèéêëēėęěğģìíîïīįıķĺļľłñńņňòóôõöøōőŕřśşšșţťțùúûüūůűųýÿźżžß";
    private const string Folded = "aaaaaaaaacccddeeeeeeeeggiiiiiiikllllnnnnoooooooorrsssstttuuuuuuuuyyzzzs";

    private static string? Fold(char c)
    {
        if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
        {
            return c.ToString();
        }

        var i = Accented.IndexOf(c, StringComparison.Ordinal);
        return i < 0 ? null : c == 'ß' ? "ss" : Folded[i].ToString();
    }
}
