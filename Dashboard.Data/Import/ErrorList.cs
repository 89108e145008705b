namespace Dashboard.Data.Import;

/// <summary>
/// Collects import errors. Keeps the first <see cref="Limit"/> in full and counts the rest, so a file with a
/// million bad rows still yields a readable report and bounded memory.
/// </summary>
public sealed class ErrorList
{
    public const int Limit = 1000;

    private readonly List<ImportError> _errors = [];

    public int Count { get; private set; }

    public bool HasErrors => Count > 0;

    public IReadOnlyList<ImportError> Items => _errors;

    /// <summary>Errors beyond <see cref="Limit"/> that were counted but not kept.</summary>
    public int Omitted => Count - _errors.Count;

    /// <summary>Adds the place of an error in the file being read (its workbook cell), while a sheet is read.</summary>
    public Func<ImportError, ImportError>? Locator { get; set; }

    public void Add(ImportError error)
    {
        if (Locator is not null)
        {
            error = Locator(error);
        }

        Count++;
        if (_errors.Count < Limit)
        {
            _errors.Add(error);
        }
    }

    /// <summary>The kept errors, plus a last line saying how many more there were.</summary>
    public IReadOnlyList<ImportError> ToReport()
    {
        if (Omitted == 0)
        {
            return _errors.ToArray();
        }

        var file = _errors.Count > 0 ? _errors[^1].File : "input";
        return [.. _errors, new ImportError(file, 0, null, null, $"and {Omitted} more errors not listed")];
    }
}
