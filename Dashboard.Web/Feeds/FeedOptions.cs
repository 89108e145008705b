using Dashboard.Data.Feeds;

namespace Dashboard.Web.Feeds;

/// <summary>
/// Outbound HTTP of feeds and their schedule (configuration section "Feeds"; docs/FEEDS.md). Nothing is fetched
/// unless a feed is bound: with no feed in the store the app opens no outbound connection.
/// </summary>
public sealed class FeedOptions
{
    public const string Section = "Feeds";

    /// <summary>Host names feeds may fetch from, ';'-separated; a feed URL or a redirect to any other host is refused.</summary>
    public string AllowedHosts { get; set; } = "api.worldbank.org;ourworldindata.org;www.imf.org";

    /// <summary>The largest response read (each page of a paged API, each file).</summary>
    public long MaxResponseBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>How long a whole refresh's fetch may take, every page and retry included.</summary>
    public int TimeoutSeconds { get; set; } = 300;

    /// <summary>How long one request may take to answer (then it is retried).</summary>
    public int AttemptTimeoutSeconds { get; set; } = 30;

    /// <summary>Retries of a request that failed for a passing reason (a connection error, a timeout, 408, 429, 5xx).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's wait; each later one doubles it (with jitter), unless the server says Retry-After.</summary>
    public int RetryDelayMilliseconds { get; set; } = 2000;

    /// <summary>The longest Retry-After honoured: a server asking for more gets this wait (then the attempt fails if it still refuses).</summary>
    public int MaxRetryAfterSeconds { get; set; } = 120;

    /// <summary>A failed feed is tried again this many minutes later (or at its schedule, if sooner).</summary>
    public int RetryFailedAfterMinutes { get; set; } = 60;

    /// <summary>Run the schedule in this process (turn off on instances that only serve; the CLI's refresh still works).</summary>
    public bool Scheduled { get; set; } = true;

    /// <summary>
    /// Allow feeds to connect to private, loopback and link-local addresses. For tests against a fixture server on
    /// 127.0.0.1 only: it opens the machine's own network to anyone who can bind a feed. Off by default.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    public IReadOnlyList<string> AllowedHostList =>
        AllowedHosts.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public FeedHttpLimits Limits => new() { AllowedHosts = AllowedHostList, MaxResponseBytes = MaxResponseBytes };
}
