namespace Dashboard.Data.Import.Tables;

/// <summary>
/// A file read as a table of records — delimited text in its detected dialect, or a workbook sheet — so every format
/// reader sees the same thing whatever the file's encoding, delimiter or container. The file's stream belongs to the
/// caller; a source reads it again from the start each time it is opened.
/// </summary>
public abstract class TableSource
{
    /// <summary>Records looked at to recognise a format.</summary>
    public const int PeekRecords = 20;

    private IReadOnlyList<string[]>? _peek;

    protected TableSource(string displayName, TableDialect dialect)
    {
        DisplayName = displayName;
        Dialect = dialect;
    }

    /// <summary>The file's name as the user knows it; errors name it.</summary>
    public string DisplayName { get; }

    public TableDialect Dialect { get; private set; }

    /// <summary>Says why this sheet was read, when the engine chose it rather than the user or the workbook's order.</summary>
    public void Explain(string sheetReason) => Dialect = Dialect with { SheetReason = sheetReason };

    /// <summary>Reports bytes read while the records are read (text files).</summary>
    public IProgress<ImportProgress>? Progress { get; set; }

    /// <summary>The first non-blank records, trimmed, for recognising the format.</summary>
    public IReadOnlyList<string[]> Peek()
    {
        if (_peek is null)
        {
            var records = new List<string[]>();
            using var reader = Open(new ErrorList());
            while (records.Count < PeekRecords && reader.TryRead(out var fields, out _))
            {
                records.Add(fields);
            }

            _peek = records;
        }

        return _peek;
    }

    /// <summary>Reads the records from the start; problems (stray quotes, over-long fields) go to <paramref name="errors"/>.</summary>
    public TableRecords Open(ErrorList errors) => new(this, Read(errors).GetEnumerator(), errors);

    /// <summary>The spreadsheet name of a field's cell ("Data!C7"), or null for a text file.</summary>
    public virtual string? CellName(int line, int index) => null;

    /// <summary>The records in file order.</summary>
    protected abstract IEnumerable<RawRecord> Read(ErrorList errors);
}
