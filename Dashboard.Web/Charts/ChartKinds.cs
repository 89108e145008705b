namespace Dashboard.Web.Charts;

/// <summary>Maps the contract's <c>chart_kind</c> words to <see cref="ChartKind"/> and back.</summary>
public static class ChartKinds
{
    public static ChartKind Parse(string? kind) => kind switch
    {
        "slope" => ChartKind.Slope,
        "grouped-bar" => ChartKind.GroupedBar,
        "stacked-share" => ChartKind.StackedShare,
        "timeline" => ChartKind.Timeline,
        "table" => ChartKind.Table,
        _ => ChartKind.Line,
    };

    public static string ToContractName(ChartKind kind) => kind switch
    {
        ChartKind.Slope => "slope",
        ChartKind.GroupedBar => "grouped-bar",
        ChartKind.StackedShare => "stacked-share",
        ChartKind.Timeline => "timeline",
        ChartKind.Table => "table",
        _ => "line",
    };
}
