namespace Dashboard.Web.Pages.Display;

/// <summary>
/// "Chart / Map / Table" on the indicator and compare pages: three plain links (permalinks, no script), the current one
/// marked. The Map link is left out, with the reason shown, for indicators that have no map
/// (<see cref="Charts.Maps.MapAvailability"/>).
/// </summary>
public sealed record ChartViews
{
    public required string ChartHref { get; init; }

    /// <summary>The same page as a map, or null when there is none (<see cref="MapProblem"/> says why).</summary>
    public string? MapHref { get; init; }

    public string? MapProblem { get; init; }

    /// <summary>The data table of the view shown (an anchor on the page).</summary>
    public string TableHref { get; init; } = "#data";

    public bool IsMap { get; init; }

    /// <summary>The views of a page at <paramref name="path"/> whose data query (without <c>kind</c>) is <paramref name="query"/>.</summary>
    public static ChartViews For(string path, string query, bool isMap, string? mapProblem)
    {
        string Href(string q) => q.Length == 0 ? path : path + (path.Contains('?') ? "&" : "?") + q;
        return new ChartViews
        {
            ChartHref = Href(query),
            MapHref = mapProblem is null ? Href(query.Length == 0 ? "kind=map" : query + "&kind=map") : null,
            MapProblem = mapProblem,
            IsMap = isMap,
        };
    }
}
