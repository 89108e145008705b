namespace Dashboard.Web.Decks;

/// <summary>
/// A figure stated in a source, drawn on a native chart as a ◆ with its label at category <see cref="Category"/>
/// (an index into the chart's categories), at <see cref="Value"/>, in the colour of series <see cref="Series"/>
/// (an index into the chart's series). The writer gives each marked series a marker-only series of its own
/// ("China (paper)"), in the workbook too.
/// </summary>
public sealed record PptxMark(int Series, int Category, double Value, string Label);
