namespace Dashboard.Web.Decks;

/// <summary>
/// A chart PowerPoint draws itself, with its data in an embedded workbook (categories in column A, one series per
/// column from B, then one column per series the <see cref="Marks"/> sit on). Every series has one value per category;
/// null is a gap (an empty cell). <see cref="ValueMin"/>/<see cref="ValueMax"/> fix the value axis; null lets
/// PowerPoint choose. <see cref="ValueLabels"/>: each value written at its bar (<see cref="ValueLabelsFrom"/> hides
/// the labels of smaller values, as the dashboard does on small segments), in <see cref="LabelFormat"/>.
/// </summary>
public sealed record PptxChart : PptxVisual
{
    public required PptxChartKind Kind { get; init; }
    public required IReadOnlyList<string> Categories { get; init; }
    public required IReadOnlyList<PptxSeries> Series { get; init; }
    public string ValueAxisTitle { get; init; } = "";
    public string? CategoryAxisTitle { get; init; }
    public double? ValueMin { get; init; }
    public double? ValueMax { get; init; }

    /// <summary>Line charts: a dot on every value (slope charts always have them, with value labels at both ends).</summary>
    public bool ShowMarkers { get; init; }

    public bool ValueLabels { get; init; }
    public double? ValueLabelsFrom { get; init; }

    /// <summary>Excel number format of value labels, e.g. <c>General</c> or <c>General"%"</c>.</summary>
    public string LabelFormat { get; init; } = "General";

    /// <summary>The paper's figures: ◆ on the series they belong to, each labelled ("paper: 228").</summary>
    public IReadOnlyList<PptxMark> Marks { get; init; } = [];

    /// <summary>What the marks are, for the legend and the workbook: "China (paper)", or just "paper" on a one-series chart.</summary>
    public string MarksName { get; init; } = "stated";
}
