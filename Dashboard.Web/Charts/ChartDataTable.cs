namespace Dashboard.Web.Charts;

/// <summary>
/// The rows a chart shows, as a table for downloads and for the page's data table. Cells are strings, doubles,
/// integers or null; numbers stay numbers so exports can keep them numeric.
/// </summary>
public sealed record ChartDataTable
{
    public IReadOnlyList<string> Columns { get; init; } = [];
    public IReadOnlyList<IReadOnlyList<object?>> Rows { get; init; } = [];
}
