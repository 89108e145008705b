namespace Dashboard.Data.Feeds;

/// <summary>Fetches one kind of feed (<see cref="FeedKind"/>) through <see cref="FeedHttp"/> into one file to import.</summary>
public interface IFeedConnector
{
    FeedKind Kind { get; }

    /// <summary>An example URL, for forms and messages.</summary>
    string Example { get; }

    /// <summary>What is wrong with the URL's shape for this kind (null: nothing).</summary>
    string? CheckUrl(Uri url);

    /// <summary>
    /// The file, or null when the source answered a conditional request with 304 (the feed's validators).
    /// </summary>
    /// <exception cref="FeedFetchException">The source could not be fetched or its answer is not what the kind expects.</exception>
    Task<FetchedFile?> FetchAsync(Feed feed, FeedHttp http, CancellationToken ct);
}
