using System.Globalization;
using Dashboard.Data.Model;
using Dashboard.Web.Charts;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// Parses and validates chart query parameters. Every problem is reported under the parameter's name; nothing
/// throws. Empty values count as absent; repeating a parameter is an error except <c>entities</c>, which merges
/// (an HTML form with several checkboxes sends it repeated).
/// </summary>
public static class ChartQueryParser
{
    public const int MinWidth = 200;
    public const int MaxWidth = 3840;
    public const int MinHeight = 150;
    public const int MaxHeight = 2160;
    public const int MinScale = 1;
    public const int MaxScale = 4;
    public const int MaxEntities = 50;
    private const int MaxParameterLength = 2000;

    /// <summary>Syntax and ranges; entity codes are checked against the database by the caller.</summary>
    public static (ChartQuery Query, Dictionary<string, string[]> Errors) Parse(IQueryCollection query, long maxPixels)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Fail(string name, string message) => errors.TryAdd(name, [message]);

        string? Single(string name)
        {
            var values = query.TryGetValue(name, out var v) ? v : StringValues.Empty;
            if (values.Count > 1)
            {
                Fail(name, $"'{name}' is given more than once; give it once.");
                return null;
            }

            var value = values.Count == 1 ? values[0] : null;
            if (value is { Length: > MaxParameterLength })
            {
                Fail(name, $"'{name}' is too long.");
                return null;
            }

            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        int Integer(string name, int fallback, int min, int max)
        {
            var text = Single(name);
            if (text is null)
            {
                return fallback;
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            {
                Fail(name, $"'{name}' must be a whole number from {min} to {max}; got '{Shorten(text)}'.");
                return fallback;
            }

            return value;
        }

        Period? PeriodParameter(string name)
        {
            var text = Single(name);
            if (text is null)
            {
                return null;
            }

            if (!Period.TryParse(text, out var period, out var error))
            {
                Fail(name, $"'{Shorten(text)}' {error}.");
                return null;
            }

            return period;
        }

        var width = Integer("width", ChartSize.Default.Width, MinWidth, MaxWidth);
        var height = Integer("height", ChartSize.Default.Height, MinHeight, MaxHeight);
        var scale = Integer("scale", 1, MinScale, MaxScale);
        var themeText = Single("theme");
        var theme = ChartTheme.Light;
        if (themeText is not null)
        {
            theme = ChartTheme.Find(themeText) ?? theme;
            if (ChartTheme.Find(themeText) is null)
            {
                Fail("theme", $"'theme' must be one of {string.Join(", ", ChartTheme.All.Select(t => t.Name))}; got '{Shorten(themeText)}'.");
            }
        }

        var from = PeriodParameter("from");
        var to = PeriodParameter("to");
        if (from is { } f && to is { } t && f.Start > t.End)
        {
            Fail("from", $"'from' ({f.Text}) is after 'to' ({t.Text}).");
        }

        var entities = new SortedSet<string>(StringComparer.Ordinal);
        if (query.TryGetValue("entities", out var raw))
        {
            foreach (var value in raw)
            {
                if (value is { Length: > MaxParameterLength })
                {
                    Fail("entities", "'entities' is too long.");
                    break;
                }

                foreach (var code in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (code.Length > 12 || !code.All(char.IsAsciiLetterOrDigit))
                    {
                        Fail("entities", $"'{Shorten(code)}' is not an entity code (letters and digits, e.g. CHN).");
                        break;
                    }

                    entities.Add(code.ToUpperInvariant());
                }
            }

            if (entities.Count > MaxEntities)
            {
                Fail("entities", $"At most {MaxEntities} entities can be shown at once.");
            }
        }

        var pixels = (long)width * height * scale * scale;
        if (pixels > maxPixels && !errors.ContainsKey("width") && !errors.ContainsKey("height") && !errors.ContainsKey("scale"))
        {
            Fail(scale > 1 ? "scale" : "width",
                string.Create(CultureInfo.InvariantCulture, $"width × height × scale² = {pixels:#,0} pixels is over the cap of {maxPixels:#,0}; use a smaller size or scale."));
        }

        return (new ChartQuery { Entities = [.. entities], From = from, To = to, Width = width, Height = height, Scale = scale, Theme = theme }, errors);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
