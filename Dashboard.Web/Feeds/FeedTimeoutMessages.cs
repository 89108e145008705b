using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Dashboard.Web.Feeds;

/// <summary>Turns the resilience pipeline's timeout into an HTTP failure that says what happened.</summary>
public sealed class FeedTimeoutMessages(IOptions<FeedOptions> options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        catch (TimeoutRejectedException ex)
        {
            var o = options.Value;
            throw new HttpRequestException(
                $"no answer within {o.AttemptTimeoutSeconds} s (Feeds:AttemptTimeoutSeconds), {1 + o.MaxRetries} attempts", ex);
        }
    }
}
