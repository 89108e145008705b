namespace Dashboard.Web.Decks;

/// <summary>
/// A chart PowerPoint draws itself, with its data in an embedded workbook (categories in column A, one series per
/// column from B). Every series has one value per category; null is a gap (an empty cell).
/// <see cref="ValueMin"/>/<see cref="ValueMax"/> fix the value axis; null lets PowerPoint choose.
/// </summary>
public sealed record DeckNativeChart : DeckVisual
{
    public required DeckChartKind Kind { get; init; }
    public required IReadOnlyList<string> Categories { get; init; }
    public required IReadOnlyList<DeckSeries> Series { get; init; }
    public string ValueAxisTitle { get; init; } = "";
    public string? CategoryAxisTitle { get; init; }
    public double? ValueMin { get; init; }
    public double? ValueMax { get; init; }

    /// <summary>Line charts: a dot on every value (slope charts always have them, with value labels at both ends).</summary>
    public bool ShowMarkers { get; init; }
}
