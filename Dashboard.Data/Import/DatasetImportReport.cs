using Dashboard.Data.Import.Store;
namespace Dashboard.Data.Import;

/// <summary>What <see cref="DatasetImporter"/> found and did: errors, the diff per indicator, and whether it was applied.</summary>
public sealed class DatasetImportReport
{
    public required string DatasetId { get; init; }

    /// <summary>The format that was detected, or null when none matched.</summary>
    public string? Format { get; set; }

    /// <summary>How the file was read: "read as Windows-1251, ';' delimiter, ',' decimals"; null when it could not be read.</summary>
    public string? Dialect { get; set; }

    public bool DryRun { get; init; }

    /// <summary>The source edition the file states, if any.</summary>
    public string? Edition { get; init; }

    /// <summary>What the reader wants the user to know that is not an error (e.g. skipped aggregate rows).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>True when the change was committed (never for a dry run or when there are errors).</summary>
    public bool Applied { get; set; }

    /// <summary>True when the import was refused as a whole (e.g. the id names a shipped dataset), not for errors in the file.</summary>
    public bool Refused { get; set; }

    /// <summary>True when an uploaded dataset with this id existed and is (or would be) replaced.</summary>
    public bool Replaces { get; set; }

    public long PreviousRowCount { get; set; }

    public long RowCount { get; set; }

    /// <summary>Every error kept (at most <see cref="ErrorList.Limit"/>, then one line counting the rest).</summary>
    public IReadOnlyList<ImportError> Errors { get; set; } = [];

    /// <summary>The number of errors found, including those not kept.</summary>
    public int ErrorCount { get; set; }

    public bool HasErrors => ErrorCount > 0;

    /// <summary>New / changed / removed observations per indicator.</summary>
    public IReadOnlyList<IndicatorDiff> Diff { get; set; } = [];

    /// <summary>False when rows were skipped because of errors, so the diff does not describe the whole file.</summary>
    public bool DiffComplete { get; set; } = true;

    public IReadOnlyList<string> NewIndicators { get; set; } = [];

    public IReadOnlyList<string> NewEntities { get; set; } = [];

    public IReadOnlyList<string> NewSources { get; set; } = [];

    /// <summary>The revision recorded in the history (null: none, e.g. a dataset without a history, or no value changed).</summary>
    public RevisionSummary? Revision { get; set; }

    /// <summary>The store's data version after the change (unchanged for a dry run).</summary>
    public string? DataVersion { get; set; }
}
