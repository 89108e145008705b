using Dashboard.Data.Import;

namespace Dashboard.Data.Feeds;

/// <summary>What one refresh did: the attempt as recorded, and the import's report when the fetched file was imported (or tried).</summary>
public sealed record FeedRefreshResult(FeedAttempt Attempt, DatasetImportReport? Report);
