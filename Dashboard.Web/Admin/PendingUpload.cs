using Dashboard.Data.Import;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Import.Tables;

namespace Dashboard.Web.Admin;

/// <summary>An uploaded file saved to a temp file, its dry-run report, and (once confirmed) the apply result.</summary>
public sealed class PendingUpload
{
    private readonly Lock _gate = new();
    private ImportProgress _progress;
    private UploadState _state = UploadState.Checking;

    public required string Id { get; init; }

    public required string FileName { get; init; }

    public required string DatasetId { get; init; }

    public string? SourceId { get; init; }

    /// <summary>Encoding, delimiter, decimal separator or sheet given on the form (empty: detect).</summary>
    public DialectOptions Dialect { get; init; } = DialectOptions.Detect;

    /// <summary>The indicator named on the form for a generic table of countries by year.</summary>
    public TableIndicator? Indicator { get; init; }

    /// <summary>Series, country column and new source chosen on the form.</summary>
    public UploadChoices Choices { get; init; } = UploadChoices.None;

    /// <summary>Uploads waiting before this one (0: it is being checked, or done); analyses run one at a time.</summary>
    public int QueuePosition { get; set; }

    public required string TempPath { get; init; }

    public long SizeBytes { get; init; }

    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;

    public UploadState State
    {
        get { lock (_gate) { return _state; } }
        set { lock (_gate) { _state = value; } }
    }

    public ImportProgress Progress
    {
        get { lock (_gate) { return _progress; } }
        set { lock (_gate) { _progress = value; } }
    }

    /// <summary>The dry run's report: errors and the diff.</summary>
    public DatasetImportReport? Check { get; set; }

    /// <summary>The result of applying it for real.</summary>
    public DatasetImportReport? Applied { get; set; }

    /// <summary>An unexpected failure (not a validation error), shown as such.</summary>
    public string? Failure { get; set; }

    /// <summary>Moves from <paramref name="from"/> to <paramref name="to"/> atomically; false if in another state.</summary>
    public bool TryMove(UploadState from, UploadState to)
    {
        lock (_gate)
        {
            if (_state != from)
            {
                return false;
            }

            _state = to;
            return true;
        }
    }

    public bool IsRunning => State is UploadState.Checking or UploadState.Applying;
}
