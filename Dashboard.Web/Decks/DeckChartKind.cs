namespace Dashboard.Web.Decks;

/// <summary>
/// The native PowerPoint charts a deck can hold. <see cref="Slope"/> is a line chart over exactly two categories
/// (start and end) with markers and value labels.
/// </summary>
public enum DeckChartKind
{
    Line,
    Slope,
    ClusteredColumn,
    ClusteredBar,
    PercentStackedColumn,
    PercentStackedBar,
}
