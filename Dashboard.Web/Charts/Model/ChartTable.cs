namespace Dashboard.Web.Charts.Model;

/// <summary>A table drawn as an image (the table chart kind): display strings, numeric columns right-aligned.</summary>
public sealed record ChartTable
{
    public IReadOnlyList<string> Columns { get; init; } = [];
    public IReadOnlyList<bool> NumericColumns { get; init; } = [];
    public IReadOnlyList<ChartTableRow> Rows { get; init; } = [];
}
