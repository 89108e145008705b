namespace Dashboard.Web.Charts.Selection;

/// <summary>Maps the contract's <c>chart_kind</c> words to <see cref="ChartKind"/> and decides the fallback kind.</summary>
public static class ChartKinds
{
    /// <summary>Above this many bar groups a grouped-bar indicator is drawn as lines.</summary>
    public const int MaxBarGroups = 8;

    public static ChartKind Parse(string? kind) => kind switch
    {
        "slope" => ChartKind.Slope,
        "grouped-bar" => ChartKind.GroupedBar,
        "stacked-share" => ChartKind.StackedShare,
        "timeline" => ChartKind.Timeline,
        "table" => ChartKind.Table,
        _ => ChartKind.Line,
    };

    /// <summary>The contract word of a kind (<see cref="Parse"/> backwards): "line", "grouped-bar", ….</summary>
    public static string Name(ChartKind kind) => kind switch
    {
        ChartKind.Slope => "slope",
        ChartKind.GroupedBar => "grouped-bar",
        ChartKind.StackedShare => "stacked-share",
        ChartKind.Timeline => "timeline",
        ChartKind.Table => "table",
        ChartKind.Map => "map",
        _ => "line",
    };

    /// <summary>
    /// The kind to draw: the declared one, unless the data do not fit it. <paramref name="periodCount"/> counts the
    /// periods shown, <paramref name="positions"/> their distinct places on the time axis (two periods with the same
    /// mid-year are one place: no line can join them).
    /// </summary>
    public static ChartKind Resolve(ChartKind wanted, int periodCount, int positions, int counterpartCount) => wanted switch
    {
        ChartKind.Line when periodCount <= 1 || positions < 2 => ChartKind.GroupedBar,
        ChartKind.Slope when periodCount < 2 || positions < 2 => ChartKind.GroupedBar,
        ChartKind.Slope when periodCount > 2 || positions > 2 => ChartKind.Line,
        ChartKind.GroupedBar when periodCount > MaxBarGroups => ChartKind.Line,
        ChartKind.StackedShare when counterpartCount == 0 => ChartKind.GroupedBar,
        _ => wanted,
    };
}
