using System.Globalization;
using System.Security.Cryptography;
using Dapper;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Import.Store;
using Dashboard.Data.Import.Tables;

namespace Dashboard.Data.Feeds;

/// <summary>
/// Refreshes one feed: fetch through its connector (conditional: a 304 changes nothing), skip a file identical to the
/// stored one, else import it through <see cref="ImportEngine"/> exactly like an upload (same readers, same validation,
/// one transaction, the file kept for rebuilds) with a revision stamp (feed, time, source edition), so the history
/// records every value that changed. A failed fetch or an invalid file changes no data; every attempt is recorded
/// with when and why. The claims are judged before and after an import that applied.
/// </summary>
public sealed class FeedRefresher(Database database, IReadOnlyList<IFeedConnector> connectors, TimeProvider clock)
{
    /// <summary>How many errors of an invalid file the attempt's record quotes (the import report has them all).</summary>
    public const int ErrorsRecorded = 5;

    /// <param name="feed">The feed as stored (its validators make the request conditional).</param>
    /// <param name="http">The HTTP client with its limits.</param>
    /// <param name="trigger">What started it: schedule, admin, cli.</param>
    /// <param name="timeout">How long the whole fetch may take (all pages, retries included).</param>
    /// <param name="ct">Stops the refresh (the app is stopping): nothing is recorded then.</param>
    public async Task<FeedRefreshResult> RefreshAsync(Feed feed, FeedHttp http, string trigger, TimeSpan timeout, CancellationToken ct)
    {
        var started = clock.GetUtcNow();
        var connector = connectors.FirstOrDefault(c => c.Kind == feed.Kind)
            ?? throw new InvalidOperationException($"no connector for feed kind {FeedKinds.Name(feed.Kind)}");
        FetchedFile? file;
        using (var limit = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            limit.CancelAfter(timeout);
            try
            {
                file = await connector.FetchAsync(feed, http, limit.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return Record(feed, started, trigger, FeedOutcomes.Failed, string.Create(CultureInfo.InvariantCulture,
                    $"the fetch took longer than {timeout.TotalSeconds:0} s (Feeds:TimeoutSeconds) and was stopped; nothing changed"));
            }
            catch (FeedFetchException ex)
            {
                return Record(feed, started, trigger, FeedOutcomes.Failed, ex.Message + "; nothing changed");
            }
        }

        if (file is null)
        {
            return Record(feed, started, trigger, FeedOutcomes.NotModified, "the source answered 304 Not Modified", etag: feed.ETag, lastModified: feed.LastModified);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(file.Content));
        if (StoredHash(feed.DatasetId) == hash)
        {
            return Record(feed, started, trigger, FeedOutcomes.Unchanged, Notes(file, "the source sent the same file as stored"), file.Edition, file: file);
        }

        await ClaimJudgements.RecordAsync(database, started, null, ct);
        DatasetImportReport report;
        try
        {
            report = await Task.Run(() => Import(feed, file, started), ct);
        }
        catch (StoreBusyException ex)
        {
            return Record(feed, started, trigger, FeedOutcomes.Failed, ex.Message + "; nothing changed", file.Edition);
        }

        if (!report.Applied)
        {
            var errors = string.Join("; ", report.Errors.Take(ErrorsRecorded).Select(e => e.ToString()));
            var more = report.ErrorCount > ErrorsRecorded ? string.Create(CultureInfo.InvariantCulture, $" (and {report.ErrorCount - ErrorsRecorded} more)") : "";
            var why = report.Refused ? "the import was refused: " : string.Create(CultureInfo.InvariantCulture, $"the fetched file has {report.ErrorCount} errors: ");
            return Record(feed, started, trigger, FeedOutcomes.Failed, why + errors + more + "; nothing changed", file.Edition, report: report);
        }

        await ClaimJudgements.RecordAsync(database, started, report.Revision?.Id, ct);
        var what = report.Revision is { IsEmpty: false } r
            ? string.Create(CultureInfo.InvariantCulture, $"{r.Changed} values revised, {r.Added} added, {r.Removed} removed")
            : "new file, no value changed";
        return Record(feed, started, trigger, FeedOutcomes.Changed, Notes(file, what), file.Edition, report.Revision?.Id, report, file);
    }

    private DatasetImportReport Import(Feed feed, FetchedFile file, DateTimeOffset at)
    {
        var reading = feed.Reading;
        var options = new FileImportOptions
        {
            DatasetId = feed.DatasetId,
            FileName = file.FileName,
            SourceId = feed.SourceId,
            NewSource = feed.SourceId is null ? file.NewSource : null,
            Series = reading.Series,
            CountryColumn = reading.CountryColumn,
            Indicator = file.Indicator ?? reading.Indicator,
            Columns = file.Columns,
            Dialect = reading.Sheet is { } sheet ? new DialectOptions { Sheet = sheet } : DialectOptions.Detect,
            Revision = new RevisionStamp(feed.Id, at, file.Edition, StartsHistory: true),
        };
        using var c = database.Open();
        using var stream = new MemoryStream(file.Content, writable: false);
        return ImportEngine.Run(c, stream, options, DatasetReaders.All);
    }

    private string? StoredHash(string datasetId)
    {
        using var c = database.Open();
        return c.ExecuteScalar<string?>("SELECT content_hash FROM datasets WHERE id = @datasetId", new { datasetId });
    }

    private static string Notes(FetchedFile file, string what) => file.Notes.Count == 0 ? what : what + " (" + string.Join("; ", file.Notes) + ")";

    /// <summary>Records a failed attempt that ended outside the refresh's own handling (the caller's boundary).</summary>
    public static FeedAttempt RecordFailure(Database database, Feed feed, DateTimeOffset started, DateTimeOffset finished, string trigger, string detail)
    {
        var attempt = new FeedAttempt
        {
            FeedId = feed.Id,
            StartedAt = RevisionStamp.TimeText(started),
            FinishedAt = RevisionStamp.TimeText(finished),
            Trigger = trigger,
            Outcome = FeedOutcomes.Failed,
            Detail = detail,
        };
        using var c = database.Open();
        using var transaction = StoreLock.BeginWrite(c);
        FeedStore.RecordAttempt(c, transaction, attempt, null, null);
        transaction.Commit();
        return attempt;
    }

    private FeedRefreshResult Record(Feed feed, DateTimeOffset started, string trigger, string outcome, string detail, string? edition = null,
        long? revisionId = null, DatasetImportReport? report = null, FetchedFile? file = null, string? etag = null, string? lastModified = null)
    {
        var attempt = new FeedAttempt
        {
            FeedId = feed.Id,
            StartedAt = RevisionStamp.TimeText(started),
            FinishedAt = RevisionStamp.TimeText(clock.GetUtcNow()),
            Trigger = trigger,
            Outcome = outcome,
            Detail = detail,
            Edition = edition,
            RevisionId = revisionId,
        };
        using var c = database.Open();
        using var transaction = StoreLock.BeginWrite(c);
        FeedStore.RecordAttempt(c, transaction, attempt, file?.ETag ?? etag, file?.LastModified ?? lastModified);
        transaction.Commit();
        return new FeedRefreshResult(attempt, report);
    }
}
