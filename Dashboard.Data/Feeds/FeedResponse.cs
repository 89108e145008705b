namespace Dashboard.Data.Feeds;

/// <summary>A whole response body (within the size limit) with the validators a later conditional request sends back.</summary>
public sealed record FeedResponse(byte[] Body, string? ETag, string? LastModified, string? ContentType, Uri Url);
