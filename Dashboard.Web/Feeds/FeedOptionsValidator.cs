using Microsoft.Extensions.Options;

namespace Dashboard.Web.Feeds;

/// <summary>Refuses to start with impossible feed settings; each message names the setting.</summary>
public sealed class FeedOptionsValidator : IValidateOptions<FeedOptions>
{
    public ValidateOptionsResult Validate(string? name, FeedOptions options)
    {
        var problems = new List<string>();
        if (options.MaxResponseBytes <= 0)
        {
            problems.Add("Feeds:MaxResponseBytes must be positive.");
        }

        if (options.TimeoutSeconds < 1 || options.AttemptTimeoutSeconds < 1 || options.AttemptTimeoutSeconds > options.TimeoutSeconds)
        {
            problems.Add("Feeds:TimeoutSeconds and Feeds:AttemptTimeoutSeconds must be at least 1, the attempt's no longer than the whole.");
        }

        if (options.MaxRetries is < 0 or > 10 || options.RetryDelayMilliseconds < 0 || options.MaxRetryAfterSeconds < 0 || options.RetryFailedAfterMinutes < 1)
        {
            problems.Add("Feeds:MaxRetries must be 0 to 10; RetryDelayMilliseconds and MaxRetryAfterSeconds at least 0; RetryFailedAfterMinutes at least 1.");
        }

        foreach (var host in options.AllowedHostList.Where(h => Uri.CheckHostName(h) == UriHostNameType.Unknown))
        {
            problems.Add($"Feeds:AllowedHosts: '{host}' is not a host name.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
