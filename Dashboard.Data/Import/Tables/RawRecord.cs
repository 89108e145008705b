namespace Dashboard.Data.Import.Tables;

/// <summary>
/// One record of a table as its source read it (fields untrimmed) and the line or row it starts on; <c>Broken</c> when
/// the source already reported a cell of it (a formula without a result), so readers pass the row over. A workbook
/// also says what each cell held (<see cref="CellKind"/>); a text file does not (null).
/// </summary>
public readonly record struct RawRecord(string[] Fields, int Line, bool Broken = false, CellKind[]? Kinds = null);
