namespace Dashboard.Data.Import.Contract;

/// <summary>One record of a CSV file: its fields by header name and the line it starts on.</summary>
public sealed class CsvRow
{
    private readonly string[] _fields;
    private readonly IReadOnlyDictionary<string, int> _index;

    public CsvRow(string file, int line, string[] fields, IReadOnlyDictionary<string, int> index)
    {
        File = file;
        Line = line;
        _fields = fields;
        _index = index;
    }

    public string File { get; }

    public int Line { get; }

    /// <summary>The field of a column, trimmed; empty when the column is absent from this file.</summary>
    public string this[string column] => _index.TryGetValue(column, out var i) ? _fields[i].Trim() : string.Empty;
}
