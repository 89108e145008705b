using System.Globalization;
using Dapper;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Store;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Feeds;

/// <summary>
/// The feeds in the store: bind a dataset to its source (checked: ids, kind, URL shape, schedule, a dataset that is not
/// shipped and not bound already, a source that exists), unbind it, list them, and record each attempt with the feed's
/// new state and a new data version, in one transaction.
/// </summary>
public sealed class FeedStore(Database database)
{
    private const string SelectSql = """
        SELECT id AS Id, kind AS Kind, url AS Url, schedule AS Schedule, dataset_id AS DatasetId, source_id AS SourceId, options AS Options,
               created_at AS CreatedAt, etag AS ETag, last_modified AS LastModified, last_attempt_at AS LastAttemptAt, last_outcome AS LastOutcome,
               last_error AS LastError, last_success_at AS LastSuccessAt, last_change_at AS LastChangeAt
        FROM feeds
        """;

    private const string InsertSql = """
        INSERT INTO feeds (id, kind, url, schedule, dataset_id, source_id, options, created_at)
        VALUES (@Id, @Kind, @Url, @Schedule, @DatasetId, @SourceId, @Options, @CreatedAt)
        """;

    private const string AttemptSql = """
        INSERT INTO feed_attempts (feed_id, started_at, finished_at, trigger, outcome, detail, edition, revision_id)
        VALUES (@FeedId, @StartedAt, @FinishedAt, @Trigger, @Outcome, @Detail, @Edition, @RevisionId);
        UPDATE feeds SET last_attempt_at = @StartedAt, last_outcome = @Outcome,
            last_error = CASE WHEN @Outcome = 'failed' THEN @Detail END,
            last_success_at = CASE WHEN @Outcome = 'failed' THEN last_success_at ELSE @StartedAt END,
            last_change_at = CASE WHEN @Outcome = 'changed' THEN @StartedAt ELSE last_change_at END,
            etag = CASE WHEN @Outcome = 'failed' THEN etag ELSE @ETag END,
            last_modified = CASE WHEN @Outcome = 'failed' THEN last_modified ELSE @LastModified END
        WHERE id = @FeedId;
        """;

    private const string AttemptsSql = """
        SELECT id AS Id, feed_id AS FeedId, started_at AS StartedAt, finished_at AS FinishedAt, trigger AS Trigger, outcome AS Outcome,
               detail AS Detail, edition AS Edition, revision_id AS RevisionId
        FROM feed_attempts WHERE feed_id = @feedId ORDER BY id DESC LIMIT @limit
        """;

    public IReadOnlyList<Feed> List()
    {
        using var c = database.Open();
        return c.Query<Row>(SelectSql + " ORDER BY id").Select(r => r.ToFeed()).ToList();
    }

    public Feed? Get(string id)
    {
        using var c = database.Open();
        return c.QuerySingleOrDefault<Row>(SelectSql + " WHERE id = @id", new { id })?.ToFeed();
    }

    /// <summary>The latest attempts of a feed, newest first.</summary>
    public IReadOnlyList<FeedAttempt> Attempts(string feedId, int limit = 20)
    {
        using var c = database.Open();
        return c.Query<FeedAttempt>(AttemptsSql, new { feedId, limit }).AsList();
    }

    /// <summary>
    /// Binds a dataset to its source. Returns the problems (by field: id, kind, url, schedule, dataset, source), and
    /// stores nothing when there is any. The URL's host must be one of <see cref="FeedHttpLimits.AllowedHosts"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string> Add(Feed feed, IReadOnlyList<IFeedConnector> connectors, FeedHttpLimits limits)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!RowParser.IsSlug(feed.Id))
        {
            problems["id"] = $"'{feed.Id}' is not a feed id (lower-case letters, digits and '-')";
        }

        if (!RowParser.IsSlug(feed.DatasetId))
        {
            problems["dataset"] = $"'{feed.DatasetId}' is not a dataset id (lower-case letters, digits and '-')";
        }

        if (CheckUrl(feed.Url, feed.Kind, connectors, limits) is { } urlProblem)
        {
            problems["url"] = urlProblem;
        }

        using var c = database.Open();
        using var transaction = StoreLock.BeginWrite(c);
        if (c.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM feeds WHERE id = @Id)", feed, transaction))
        {
            problems.TryAdd("id", $"there is already a feed '{feed.Id}' (remove it first to bind it again)");
        }

        if (c.ExecuteScalar<string?>("SELECT id FROM feeds WHERE dataset_id = @DatasetId", feed, transaction) is { } other)
        {
            problems.TryAdd("dataset", $"dataset '{feed.DatasetId}' is already bound to feed '{other}'");
        }

        if (c.ExecuteScalar<string?>("SELECT origin FROM datasets WHERE id = @DatasetId", feed, transaction) is { } origin && origin != DatasetImporter.OriginUpload)
        {
            problems.TryAdd("dataset", $"'{feed.DatasetId}' is a shipped dataset (from data/): a feed writes an uploaded dataset; choose another id");
        }

        if (feed.SourceId is { } source && !c.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM sources WHERE id = @source)", new { source }, transaction))
        {
            problems["source"] = $"'{source}' is not a known source (see /sources); leave it empty to cite the source the file or API names";
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        c.Execute(InsertSql, new
        {
            feed.Id, Kind = FeedKinds.Name(feed.Kind), Url = feed.Url.AbsoluteUri, Schedule = FeedSchedules.Name(feed.Schedule), feed.DatasetId, feed.SourceId,
            Options = feed.Reading.ToJson(), CreatedAt = RevisionStamp.TimeText(feed.CreatedAt),
        }, transaction);
        Database.NewDataVersion(c, transaction);
        transaction.Commit();
        return problems;
    }

    /// <summary>What is wrong with a URL for a kind (scheme, credentials, allowed host, the connector's shape); null when nothing.</summary>
    public static string? CheckUrl(Uri url, FeedKind kind, IReadOnlyList<IFeedConnector> connectors, FeedHttpLimits limits)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return $"'{url}' is not an absolute http(s) URL";
        }

        if (url.UserInfo.Length > 0)
        {
            return "a feed URL may not carry a user name or password";
        }

        if (!limits.Allows(url.Host))
        {
            return $"the host {url.Host} is not in Feeds:AllowedHosts ({(limits.AllowedHosts.Count == 0 ? "none configured" : string.Join(", ", limits.AllowedHosts))}); add it there first";
        }

        var connector = connectors.FirstOrDefault(k => k.Kind == kind);
        return connector?.CheckUrl(url) is { } shape ? $"'{url}' {shape}" : null;
    }

    /// <summary>Unbinds a feed (its dataset stays, as an upload); false when there is none.</summary>
    public bool Remove(string id)
    {
        using var c = database.Open();
        using var transaction = StoreLock.BeginWrite(c);
        var removed = c.Execute("DELETE FROM feeds WHERE id = @id; DELETE FROM feed_attempts WHERE feed_id = @id", new { id }, transaction) > 0;
        Database.NewDataVersion(c, transaction);
        transaction.Commit();
        return removed;
    }

    /// <summary>Records an attempt and the feed's new state (validators only from an attempt that did not fail), with a new data version.</summary>
    public static void RecordAttempt(SqliteConnection c, SqliteTransaction t, FeedAttempt attempt, string? etag, string? lastModified)
    {
        c.Execute(AttemptSql, new
        {
            attempt.FeedId, attempt.StartedAt, attempt.FinishedAt, attempt.Trigger, attempt.Outcome, attempt.Detail, attempt.Edition, attempt.RevisionId,
            ETag = etag, LastModified = lastModified,
        }, t);
        Database.NewDataVersion(c, t);
    }

    private sealed record Row
    {
        public string Id { get; init; } = "";
        public string Kind { get; init; } = "";
        public string Url { get; init; } = "";
        public string Schedule { get; init; } = "";
        public string DatasetId { get; init; } = "";
        public string? SourceId { get; init; }
        public string? Options { get; init; }
        public string CreatedAt { get; init; } = "";
        public string? ETag { get; init; }
        public string? LastModified { get; init; }
        public string? LastAttemptAt { get; init; }
        public string? LastOutcome { get; init; }
        public string? LastError { get; init; }
        public string? LastSuccessAt { get; init; }
        public string? LastChangeAt { get; init; }

        public Feed ToFeed() => new()
        {
            Id = Id,
            Kind = FeedKinds.TryParse(Kind, out var kind) ? kind : FeedKind.File,
            Url = new Uri(Url),
            Schedule = FeedSchedules.TryParse(Schedule, out var schedule) ? schedule : FeedSchedule.Daily,
            DatasetId = DatasetId,
            SourceId = SourceId,
            Reading = FeedReading.FromJson(Options),
            CreatedAt = Time(CreatedAt) ?? DateTimeOffset.MinValue,
            ETag = ETag,
            LastModified = LastModified,
            LastAttemptAt = Time(LastAttemptAt),
            LastOutcome = LastOutcome,
            LastError = LastError,
            LastSuccessAt = Time(LastSuccessAt),
            LastChangeAt = Time(LastChangeAt),
        };

        private static DateTimeOffset? Time(string? text) =>
            text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }
}
