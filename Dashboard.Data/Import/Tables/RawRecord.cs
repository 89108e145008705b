namespace Dashboard.Data.Import.Tables;

/// <summary>One record of a table as its source read it (fields untrimmed) and the line or row it starts on.</summary>
public readonly record struct RawRecord(string[] Fields, int Line);
