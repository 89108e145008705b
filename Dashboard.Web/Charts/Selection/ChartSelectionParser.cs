using System.Globalization;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Model;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Localization;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Web.Charts.Selection;

/// <summary>
/// The one parser of <see cref="ChartSelection"/>: from a query string, a form or command-line options, with the one
/// set of limits (<see cref="ChartOptions"/>, <see cref="ChartSize"/>). Every problem is reported under the parameter's
/// name, nothing throws. Empty values count as absent; repeating a parameter is an error except <c>entities</c>,
/// which merges (a form with several checkboxes repeats it). Parameter names are case-insensitive; others are ignored.
/// </summary>
public static class ChartSelectionParser
{
    /// <summary>
    /// Parses over <paramref name="start"/> (indicator, format, size from a preset). With <paramref name="view"/> false
    /// only data parameters are read (indicator, entities, counterpart, from, to, kind, asof), as the API and Compare take them.
    /// Entity codes are checked for syntax here and against the store by <see cref="UnknownCodes"/>.
    /// </summary>
    public static ChartSelectionResult Parse(IEnumerable<KeyValuePair<string, StringValues>> values, ChartOptions options,
        ChartSelection? start = null, bool view = true)
    {
        var query = values.GroupBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => new StringValues(g.SelectMany(kv => kv.Value).ToArray()), StringComparer.OrdinalIgnoreCase);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Fail(string name, string message) => errors.TryAdd(name, [message]);
        var selection = start ?? new ChartSelection();

        string? Single(string name)
        {
            var given = query.TryGetValue(name, out var v) ? v : StringValues.Empty;
            if (given.Count > 1)
            {
                Fail(name, $"'{name}' is given more than once; give it once.");
                return null;
            }

            var value = given.Count == 1 ? given[0] : null;
            if (value is not null && value.Length > options.MaxParameterLength)
            {
                Fail(name, $"'{name}' is longer than {options.MaxParameterLength} characters.");
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

        Period? PeriodOf(string name, Period? fallback)
        {
            var text = Single(name);
            if (text is null)
            {
                return fallback;
            }

            if (!Period.TryParse(text, out var period, out var error))
            {
                Fail(name, $"'{Shorten(text)}' {error}.");
                return null;
            }

            return period;
        }

        // The chart endpoint names the indicator in its path; a query parameter cannot change it.
        if (selection.Indicator.Length == 0 && Single("indicator") is { } indicator)
        {
            if (!RowParser.IsSlug(indicator))
            {
                Fail("indicator", $"'{Shorten(indicator)}' is not an indicator id (lower-case letters, digits and '-', e.g. top500-systems).");
            }
            else
            {
                selection = selection with { Indicator = indicator };
            }
        }

        // Same order as the errors are reported: view, periods, codes, then the pixel cap.
        if (view)
        {
            // A layout brings its own default size; a size chosen before (a preset) stays.
            var layout = LayoutOf(Single("layout"), selection.Layout, Fail);
            var given = selection.Size == ChartSize.DefaultFor(selection.Layout)
                ? ChartSize.DefaultFor(layout) with { Scale = selection.Size.Scale }
                : selection.Size;
            var size = new ChartSize(
                Integer("width", given.Width, ChartSize.MinWidth, ChartSize.MaxWidth),
                Integer("height", given.Height, ChartSize.MinHeight, ChartSize.MaxHeight),
                Integer("scale", given.Scale, ChartSize.MinScale, ChartSize.MaxScale));
            selection = selection with { Size = size, Theme = ThemeOf(Single("theme"), selection.Theme, Fail), Layout = layout };
        }

        var from = PeriodOf("from", selection.From);
        var to = PeriodOf("to", selection.To);
        if (from is { } f && to is { } t && f.Start > t.End)
        {
            Fail("from", $"'from' ({f.Text}) is after 'to' ({t.Text}).");
        }

        var kind = KindOf(Single("kind"), selection.Kind, Fail);
        var culture = selection.Culture;
        if (Single("lang") is { } lang)
        {
            if (Language.Supports(lang))
            {
                culture = lang;
            }
            else
            {
                Fail("lang", $"'lang' must be one of {string.Join(", ", Language.Cultures)}; got '{Shorten(lang)}'.");
            }
        }

        var asOf = AsOfOf(Single("asof"), selection.AsOf, Fail);
        var counterpart = selection.Counterpart;
        if (Single("counterpart") is { } cp)
        {
            counterpart = cp.ToUpperInvariant();
            if (!ContractTables.IsEntityCode(counterpart))
            {
                Fail("counterpart", NotACode(cp));
            }
        }

        var entities = query.TryGetValue("entities", out var raw) ? Codes(raw, options, Fail) : selection.Entities;
        selection = selection with { Entities = entities, Counterpart = counterpart, From = from, To = to, Kind = kind, AsOf = asOf, Culture = culture };
        if (view && selection.Size.Pixels > options.MaxPixels && !errors.ContainsKey("width") && !errors.ContainsKey("height") && !errors.ContainsKey("scale"))
        {
            Fail(selection.Size.Scale > 1 ? "scale" : "width", string.Create(CultureInfo.InvariantCulture,
                $"width × height × scale² = {selection.Size.Pixels:#,0} pixels is over the cap of {options.MaxPixels:#,0}; use a smaller size or scale."));
        }
        return new ChartSelectionResult(selection, ParameterErrors.Of(errors));
    }

    /// <summary>The entity codes (and counterpart) of a selection that the store does not hold, as an error; null when all are known.</summary>
    public static ParameterErrors? UnknownCodes(ChartSelection selection, IReadOnlySet<string> known)
    {
        var unknown = selection.Entities.Where(c => !known.Contains(c)).ToList();
        if (unknown.Count > 0)
        {
            return ParameterErrors.Of("entities", $"Unknown entity code(s): {string.Join(", ", unknown)}.");
        }

        return selection.Counterpart is { } c && !known.Contains(c)
            ? ParameterErrors.Of("counterpart", $"Unknown entity code(s): {c}.")
            : null;
    }

    private static List<string> Codes(StringValues raw, ChartOptions options, Action<string, string> fail)
    {
        var codes = new List<string>();
        foreach (var value in raw)
        {
            if (value is not null && value.Length > options.MaxParameterLength)
            {
                fail("entities", $"'entities' is longer than {options.MaxParameterLength} characters.");
                return [];
            }

            foreach (var part in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var code = part.ToUpperInvariant();
                if (!ContractTables.IsEntityCode(code))
                {
                    fail("entities", NotACode(part));
                    return [];
                }

                if (!codes.Contains(code))
                {
                    codes.Add(code);
                }
            }
        }

        if (codes.Count > options.MaxEntities)
        {
            fail("entities", $"At most {options.MaxEntities} entities can be shown at once; got {codes.Count}.");
        }

        return codes;
    }

    private static ChartTheme ThemeOf(string? text, ChartTheme fallback, Action<string, string> fail)
    {
        if (text is null)
        {
            return fallback;
        }

        if (ChartTheme.Find(text) is { } theme)
        {
            return theme;
        }

        fail("theme", $"'theme' must be one of {string.Join(", ", ChartTheme.All.Select(t => t.Name))}; got '{Shorten(text)}'.");
        return fallback;
    }

    /// <summary><c>kind=map</c> asks for the map; <c>kind=chart</c> (or none) for the indicator's own chart.</summary>
    private static ChartKind? KindOf(string? text, ChartKind? fallback, Action<string, string> fail)
    {
        switch (text?.ToLowerInvariant())
        {
            case null:
                return fallback;
            case "map":
                return ChartKind.Map;
            case "chart":
                return null;
            default:
                fail("kind", $"'kind' must be map (a map of the five states) or chart (the indicator's own chart); got '{Shorten(text)}'.");
                return fallback;
        }
    }

    /// <summary><c>asof=YYYY-MM-DD</c>: the chart as published on that day (invariant, that form only).</summary>
    private static DateOnly? AsOfOf(string? text, DateOnly? fallback, Action<string, string> fail)
    {
        if (text is null)
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year >= 1900)
        {
            return day;
        }

        fail("asof", $"'asof' must be a date YYYY-MM-DD (the chart as published at the end of that day, UTC), e.g. 2026-11-14; got '{Shorten(text)}'.");
        return fallback;
    }

    private static ChartLayout LayoutOf(string? text, ChartLayout fallback, Action<string, string> fail)
    {
        switch (text?.ToLowerInvariant())
        {
            case null:
                return fallback;
            case "wide":
                return ChartLayout.Wide;
            case "narrow":
                return ChartLayout.Narrow;
            default:
                fail("layout", $"'layout' must be one of wide, narrow; got '{Shorten(text)}'.");
                return fallback;
        }
    }

    private static string NotACode(string text) =>
        $"'{Shorten(text)}' is not an entity code (upper-case letters, digits and '-', e.g. CHN or CA5).";

    // Echoed input is shortened: a client that sends a megabyte of garbage does not get it back.
    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
