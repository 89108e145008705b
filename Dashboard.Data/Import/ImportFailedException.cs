namespace Dashboard.Data.Import;

/// <summary>Thrown when an import finds errors; nothing has been written when it is thrown.</summary>
public sealed class ImportFailedException : Exception
{
    public ImportFailedException(IReadOnlyList<ImportError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public ImportFailedException()
        : this([])
    {
    }

    public ImportFailedException(string message)
        : base(message)
    {
        Errors = [];
    }

    public ImportFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<ImportError> Errors { get; } = [];

    private static string Describe(IReadOnlyList<ImportError> errors) =>
        errors.Count switch
        {
            0 => "Import failed.",
            1 => "Import failed: " + errors[0],
            // Every error, one per line: this message is what a console shows when the app refuses bad data.
            _ => $"Import failed with {errors.Count} errors:" + string.Concat(errors.Select(e => Environment.NewLine + "  " + e)),
        };
}
