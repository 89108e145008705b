namespace Dashboard.Data.Feeds;

/// <summary>What a feed may fetch: the host names it may ask (nothing else, not even through a redirect), how large a response may be, and how many redirects (on the same host) are followed.</summary>
public sealed record FeedHttpLimits
{
    public IReadOnlyCollection<string> AllowedHosts { get; init; } = [];

    public long MaxResponseBytes { get; init; } = 50L * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>Whether <paramref name="host"/> is one of <see cref="AllowedHosts"/> (case ignored).</summary>
    public bool Allows(string host) => AllowedHosts.Any(h => string.Equals(h.Trim(), host, StringComparison.OrdinalIgnoreCase));
}
