using Dashboard.Data.Model;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Web.Pages.Display;

/// <summary>
/// The Compare page's state, read from the query string (<c>indicator</c>, <c>entities</c>, <c>from</c>, <c>to</c>) and
/// validated: each problem becomes a message naming the parameter, never an exception.
/// <c>entities</c> may come as one comma-separated value (a permalink) or repeated (a submitted form of checkboxes).
/// </summary>
public sealed record CompareRequest
{
    public const int MaxEntities = 20;

    private const int MaxValueLength = 200;

    public string? IndicatorId { get; init; }

    public ChartSelection Selection { get; init; } = ChartSelection.All;

    public IReadOnlyList<string> Errors { get; init; } = [];

    public bool IsValid => Errors.Count == 0;

    /// <summary>The canonical query string of this state (no leading "?"): indicator, then the selection.</summary>
    public string CanonicalQuery
    {
        get
        {
            var selection = Selection.ToQuery();
            var indicator = IndicatorId is null ? "" : "indicator=" + Uri.EscapeDataString(IndicatorId);
            return string.Join("&", new[] { indicator, selection }.Where(s => s.Length > 0));
        }
    }

    /// <param name="query">The request's query values.</param>
    /// <param name="indicators">Indicators that can be compared (not timelines or tables), by id.</param>
    /// <param name="otherIndicators">Indicators that exist but are not comparable (timelines, tables), by id.</param>
    /// <param name="entityCodes">Known entity codes.</param>
    public static CompareRequest Parse(
        IEnumerable<KeyValuePair<string, StringValues>> query,
        IReadOnlySet<string> indicators,
        IReadOnlySet<string> otherIndicators,
        IReadOnlySet<string> entityCodes)
    {
        var values = query.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.OrdinalIgnoreCase);
        var errors = new List<string>();

        var indicator = Single(values, "indicator", errors);
        if (indicator is not null && !indicators.Contains(indicator))
        {
            errors.Add(otherIndicators.Contains(indicator)
                ? $"indicator: '{indicator}' is a timeline or a table, not a series to compare; see its page /indicators/{indicator}."
                : $"indicator: '{Shorten(indicator)}' is not a known indicator.");
        }

        var entities = new List<string>();
        if (values.TryGetValue("entities", out var rawEntities))
        {
            var unknown = new List<string>();
            foreach (var raw in rawEntities)
            {
                if (raw is null)
                {
                    continue;
                }

                if (raw.Length > MaxValueLength)
                {
                    errors.Add($"entities: the value is longer than {MaxValueLength} characters.");
                    break;
                }

                foreach (var part in raw.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    var code = part.ToUpperInvariant();
                    if (!entityCodes.Contains(code))
                    {
                        unknown.Add(Shorten(part));
                    }
                    else if (!entities.Contains(code))
                    {
                        entities.Add(code);
                    }
                }
            }

            if (unknown.Count > 0)
            {
                errors.Add($"entities: {string.Join(", ", unknown.Select(u => "'" + u + "'"))} {(unknown.Count == 1 ? "is not a known entity code" : "are not known entity codes")} (known: {string.Join(", ", entityCodes.Order(StringComparer.Ordinal))}).");
            }

            if (entities.Count > MaxEntities)
            {
                errors.Add($"entities: at most {MaxEntities} entities can be compared.");
            }
        }

        var from = PeriodOf(values, "from", errors);
        var to = PeriodOf(values, "to", errors);
        if (from is { } f && to is { } t && f.Start > t.End)
        {
            errors.Add($"from: '{f.Text}' is after to: '{t.Text}'.");
        }

        return new CompareRequest
        {
            IndicatorId = indicator,
            Selection = new ChartSelection { Entities = entities, From = from?.Text, To = to?.Text },
            Errors = errors,
        };
    }

    private static Period? PeriodOf(Dictionary<string, StringValues> values, string name, List<string> errors)
    {
        var text = Single(values, name, errors);
        if (text is null)
        {
            return null;
        }

        if (!Period.TryParse(text, out var period, out var error))
        {
            errors.Add($"{name}: '{Shorten(text)}' {error}.");
            return null;
        }

        return period;
    }

    /// <summary>A parameter that may appear once; empty counts as absent (an untouched form field).</summary>
    private static string? Single(Dictionary<string, StringValues> values, string name, List<string> errors)
    {
        if (!values.TryGetValue(name, out var raw))
        {
            return null;
        }

        var given = raw.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (given.Count > 1)
        {
            errors.Add($"{name}: given more than once.");
            return null;
        }

        if (given.Count == 1 && given[0].Length > MaxValueLength)
        {
            errors.Add($"{name}: the value is longer than {MaxValueLength} characters.");
            return null;
        }

        return given.Count == 0 ? null : given[0];
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
