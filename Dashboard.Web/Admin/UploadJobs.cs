using System.Collections.Concurrent;
using Dashboard.Data;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Import.Tables;
using Dashboard.Data.Import.Store;

namespace Dashboard.Web.Admin;

/// <summary>
/// Runs uploads in the background so the browser can show progress: the file is saved to a temp file, dry-run (read,
/// validated, diffed, rolled back), and applied only when an admin confirms. Analyses and imports run one at a time,
/// in the order they came, on one worker: the others wait in a queue and each knows its place in it
/// (<see cref="PendingUpload.QueuePosition"/>, shown on its page), so two large files never take memory at once.
/// Workbooks are read within <see cref="AdminOptions.XlsxBudget"/>.
/// </summary>
public sealed partial class UploadJobs : IDisposable
{
    private static readonly TimeSpan KeepPending = TimeSpan.FromHours(24);

    private readonly ConcurrentDictionary<string, PendingUpload> _uploads = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Database _database;
    private readonly IReadOnlyList<IDatasetReader> _readers;
    private readonly ILogger<UploadJobs> _logger;
    private readonly CancellationToken _stopping;
    private readonly XlsxBudget _budget;
    private readonly Lock _queueGate = new();
    private readonly List<(PendingUpload Upload, bool DryRun)> _queue = [];
    private readonly SemaphoreSlim _queued = new(0);

    public UploadJobs(Database database, IReadOnlyList<IDatasetReader> readers, ILogger<UploadJobs> logger, IHostApplicationLifetime lifetime, XlsxBudget? budget = null)
    {
        _database = database;
        _readers = readers;
        _logger = logger;
        _stopping = lifetime.ApplicationStopping;
        _budget = budget ?? XlsxBudget.Default;
        _ = Task.Run(WorkAsync);
        Folder = Path.Combine(Path.GetDirectoryName(database.Path)!, "pending-uploads");
        Directory.CreateDirectory(Folder);

        // Pending uploads live in memory; files left by a previous run can never be confirmed.
        foreach (var stale in Directory.GetFiles(Folder))
        {
            File.Delete(stale);
        }
    }

    /// <summary>Where uploaded files wait for confirmation.</summary>
    public string Folder { get; }

    public PendingUpload? Get(string id) => _uploads.TryGetValue(id, out var upload) ? upload : null;

    /// <summary>Registers a file already saved under <see cref="NewTempPath"/> and starts its dry run.</summary>
    public PendingUpload Start(string id, string tempPath, string fileName, string datasetId, string? sourceId,
        DialectOptions? dialect = null, TableIndicator? indicator = null, UploadChoices? choices = null)
    {
        RemoveExpired();
        var upload = new PendingUpload
        {
            Id = id,
            TempPath = tempPath,
            FileName = fileName,
            DatasetId = datasetId,
            SourceId = sourceId,
            Dialect = dialect ?? DialectOptions.Detect,
            Indicator = indicator,
            Choices = choices ?? UploadChoices.None,
            SizeBytes = new FileInfo(tempPath).Length,
        };
        _uploads[id] = upload;
        Enqueue(upload, dryRun: true);
        return upload;
    }

    /// <summary>A fresh id and temp file path for an incoming upload.</summary>
    public (string Id, string Path) NewTempPath()
    {
        var id = Guid.NewGuid().ToString("N");
        return (id, Path.Combine(Folder, id + ".upload"));
    }

    /// <summary>Applies a checked upload without errors; false when it is not in that state.</summary>
    public bool Confirm(string id)
    {
        if (Get(id) is not { } upload)
        {
            return false;
        }

        if (upload.Check is not { HasErrors: false } || !upload.TryMove(UploadState.Checked, UploadState.Applying))
        {
            return false;
        }

        Enqueue(upload, dryRun: false);
        return true;
    }

    /// <summary>Forgets an upload that is not running and deletes its temp file.</summary>
    public bool Discard(string id)
    {
        if (Get(id) is not { IsRunning: false } upload || !_uploads.TryRemove(id, out _))
        {
            return false;
        }

        DeleteFile(upload.TempPath);
        return true;
    }

    /// <summary>Waits until an upload's job is done (tests and the CLI-like callers use it).</summary>
    public async Task<PendingUpload> WaitAsync(string id, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (Get(id) is { IsRunning: true } && DateTime.UtcNow < until)
        {
            await Task.Delay(25);
        }

        return Get(id) ?? throw new KeyNotFoundException(id);
    }

    /// <summary>Removes an uploaded dataset, serialised with imports.</summary>
    /// <exception cref="InvalidOperationException">A shipped dataset, or the store stayed locked by another process; the message says which.</exception>
    public async Task<bool> RemoveDatasetAsync(string datasetId, CancellationToken ct)
    {
        await _writeLock.WaitAsync(ct);
        try
        {
            using var c = _database.Open();
            return DatasetRemoval.Remove(c, datasetId);
        }
        catch (StoreBusyException ex)
        {
            throw new InvalidOperationException($"Dataset '{datasetId}' was not removed: {ex.Message}.", ex);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public void Dispose()
    {
        _writeLock.Dispose();
        _queued.Dispose();
    }

    private void Enqueue(PendingUpload upload, bool dryRun)
    {
        lock (_queueGate)
        {
            _queue.Add((upload, dryRun));
            Renumber(running: true);
        }

        _queued.Release();
    }

    /// <summary>Each waiting upload's place: how many analyses are ahead of it, the one running included.</summary>
    private void Renumber(bool running)
    {
        for (var i = 0; i < _queue.Count; i++)
        {
            _queue[i].Upload.QueuePosition = i + (running ? 1 : 0);
        }
    }

    private async Task WorkAsync()
    {
        try
        {
            while (true)
            {
                await _queued.WaitAsync(_stopping);
                (PendingUpload Upload, bool DryRun) next;
                lock (_queueGate)
                {
                    next = _queue[0];
                    _queue.RemoveAt(0);
                    next.Upload.QueuePosition = 0;
                    Renumber(running: true);
                }

                await RunAsync(next.Upload, next.DryRun);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            lock (_queueGate)
            {
                foreach (var (upload, _) in _queue)
                {
                    upload.Failure = "The server is shutting down; upload the file again.";
                    upload.State = UploadState.Failed;
                }

                _queue.Clear();
            }
        }
    }

    private async Task RunAsync(PendingUpload upload, bool dryRun)
    {
        try
        {
            await _writeLock.WaitAsync(_stopping);
            try
            {
                using var c = _database.Open();
                await using var file = File.OpenRead(upload.TempPath);
                var options = new FileImportOptions
                {
                    DatasetId = upload.DatasetId,
                    FileName = upload.FileName,
                    SourceId = upload.SourceId,
                    DryRun = dryRun,
                    Dialect = upload.Dialect,
                    Indicator = upload.Indicator,
                    Series = upload.Choices.Series,
                    CountryColumn = upload.Choices.CountryColumn,
                    NewSource = upload.Choices.NewSource,
                    XlsxBudget = _budget,
                };
                var result = ImportEngine.Run(c, file, options, _readers, new Reporter(upload));
                if (dryRun)
                {
                    upload.Check = result;
                    upload.State = UploadState.Checked;
                }
                else
                {
                    upload.Applied = result;
                    upload.State = result.Applied ? UploadState.Applied : UploadState.Checked;
                    if (result.Applied)
                    {
                        LogApplied(_logger, upload.DatasetId, upload.FileName, result.RowCount);
                    }
                    else
                    {
                        // The store changed between dry run and confirm: show the new report instead.
                        upload.Check = result;
                    }
                }
            }
            finally
            {
                _writeLock.Release();
            }

            if (upload.State == UploadState.Applied)
            {
                DeleteFile(upload.TempPath);
            }
        }
        catch (OperationCanceledException)
        {
            upload.Failure = "The server is shutting down; upload the file again.";
            upload.State = UploadState.Failed;
        }
        catch (StoreBusyException ex)
        {
            // Another process (a command-line import) held the store: nothing changed, the check still stands.
            upload.Failure = "Not applied: " + ex.Message + ".";
            upload.State = UploadState.Failed;
        }
#pragma warning disable CA1031 // A background job's boundary: any failure must end the job visibly, never leave it "running".
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(_logger, ex, upload.FileName);
            upload.Failure = "The import stopped unexpectedly; nothing was changed. (" + ex.GetType().Name + ")";
            upload.State = UploadState.Failed;
        }
    }

    private void RemoveExpired()
    {
        foreach (var (id, upload) in _uploads)
        {
            if (!upload.IsRunning && DateTimeOffset.UtcNow - upload.CreatedAt > KeepPending && _uploads.TryRemove(id, out _))
            {
                DeleteFile(upload.TempPath);
            }
        }
    }

    private static void DeleteFile(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // A temp file that cannot be deleted now is deleted at the next start.
        }
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Applied upload {DatasetId} from {FileName}: {Rows} rows")]
    private static partial void LogApplied(ILogger logger, string datasetId, string fileName, long rows);

    [LoggerMessage(EventId = 11, Level = LogLevel.Error, Message = "Upload {FileName} failed")]
    private static partial void LogFailed(ILogger logger, Exception ex, string fileName);

    private sealed class Reporter(PendingUpload upload) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => upload.Progress = value;
    }
}
