namespace Dashboard.Web.Decks;

/// <summary>
/// A table as a native PowerPoint table: a header row of <see cref="Columns"/>, then <see cref="Rows"/> of display
/// strings (one per column; <see cref="NumericColumns"/> are right-aligned). Rows that do not fit the content area
/// continue on further slides, under the same title with "(continued)".
/// </summary>
public sealed record PptxTable : PptxVisual
{
    public required IReadOnlyList<string> Columns { get; init; }
    public IReadOnlyList<bool> NumericColumns { get; init; } = [];
    public required IReadOnlyList<IReadOnlyList<string>> Rows { get; init; }
}
