namespace Dashboard.Web.Pages.Display;

/// <summary>
/// Which part of an indicator a chart shows: entity codes (empty = all) and an optional period range, as the
/// <c>/charts/…</c> endpoints and the Compare page take them (<c>entities=CHN,RUS&amp;from=2010&amp;to=2019</c>).
/// </summary>
public sealed record ChartSelection
{
    public static readonly ChartSelection All = new();

    public IReadOnlyList<string> Entities { get; init; } = [];

    public string? From { get; init; }

    public string? To { get; init; }

    /// <summary>True when nothing is narrowed: all entities, all periods.</summary>
    public bool IsAll => Entities.Count == 0 && string.IsNullOrEmpty(From) && string.IsNullOrEmpty(To);

    /// <summary>The query string for this selection, without the leading "?"; empty when everything is selected.</summary>
    public string ToQuery()
    {
        var parts = new List<string>();
        if (Entities.Count > 0)
        {
            // Entity codes are validated upper-case letters and digits, so the commas can stay readable.
            parts.Add("entities=" + string.Join(",", Entities.Select(Uri.EscapeDataString)));
        }

        if (!string.IsNullOrEmpty(From))
        {
            parts.Add("from=" + Uri.EscapeDataString(From));
        }

        if (!string.IsNullOrEmpty(To))
        {
            parts.Add("to=" + Uri.EscapeDataString(To));
        }

        return string.Join("&", parts);
    }
}
