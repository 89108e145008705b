namespace Dashboard.Web.Decks;

/// <summary>
/// The native PowerPoint charts a deck can hold. <see cref="Slope"/> is a line chart over exactly two categories
/// (start and end) with markers and value labels; <see cref="StackedColumn"/> stacks shares as they are (a share that
/// is missing leaves its bar short instead of being stretched to 100 %).
/// </summary>
public enum PptxChartKind
{
    Line,
    Slope,
    ClusteredColumn,
    ClusteredBar,
    StackedColumn,
    PercentStackedColumn,
    PercentStackedBar,
}
