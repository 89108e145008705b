namespace Dashboard.Web.Charts.Model;

/// <summary>One row of a <see cref="ChartTable"/>; <see cref="EntityCode"/> colours the row's key.</summary>
public sealed record ChartTableRow
{
    public string EntityCode { get; init; } = "";
    public IReadOnlyList<string> Cells { get; init; } = [];
}
