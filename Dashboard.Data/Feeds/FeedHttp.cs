using System.Globalization;
using System.Net;

namespace Dashboard.Data.Feeds;

/// <summary>
/// The one way a connector fetches: a GET to an allowed host, conditional when validators are given (304 → null),
/// redirects followed only on the same host (and never from https to http), the body read whole up to the size limit,
/// and every failure turned into a <see cref="FeedFetchException"/> that says what happened. Retries, backoff,
/// Retry-After and timeouts are the client's (the web app configures them with Microsoft.Extensions.Http.Resilience),
/// and so is the refusal of private addresses.
/// </summary>
public sealed class FeedHttp(HttpClient client, FeedHttpLimits limits)
{
    public FeedHttpLimits Limits { get; } = limits;

    /// <summary>The body of <paramref name="url"/>; null when the source says it has not changed since the validators.</summary>
    public async Task<FeedResponse?> GetAsync(Uri url, string? etag, string? lastModified, CancellationToken ct)
    {
        CheckHost(url, url);
        var current = url;
        for (var hops = 0; ; hops++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            if (etag is not null)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            if (lastModified is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
            }

            using var response = await SendAsync(request, current, ct);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308)
            {
                current = Redirect(current, response.Headers.Location, hops);
                continue;
            }

            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return etag is null && lastModified is null
                    ? throw new FeedFetchException($"{current} answered 304 Not Modified to a request that was not conditional")
                    : null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new FeedFetchException(Refused(current, response));
            }

            var body = await ReadAsync(response, current, ct);
            return new FeedResponse(body, response.Headers.ETag?.ToString(),
                response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture), response.Content.Headers.ContentType?.MediaType, current);
        }
    }

    /// <summary>The body of <paramref name="url"/> (not conditional).</summary>
    public async Task<FeedResponse> GetAsync(Uri url, CancellationToken ct) =>
        (await GetAsync(url, null, null, ct))!;

    private void CheckHost(Uri url, Uri asked)
    {
        if (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
        {
            throw new FeedFetchException($"{url} is not an http(s) URL");
        }

        if (!Limits.Allows(url.Host))
        {
            throw new FeedFetchException(url == asked
                ? $"the host {url.Host} is not in Feeds:AllowedHosts ({(Limits.AllowedHosts.Count == 0 ? "none configured" : string.Join(", ", Limits.AllowedHosts))}); add it there to fetch from it"
                : $"{asked} redirected to {url.Host}, which is not in Feeds:AllowedHosts");
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, Uri url, CancellationToken ct)
    {
        try
        {
            return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        }
        catch (HttpRequestException ex)
        {
            throw new FeedFetchException($"could not fetch {url}: {Reason(ex)}", ex);
        }
        catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new FeedFetchException($"{url} did not answer in time ({ex.Message})", ex);
        }
    }

    /// <summary>The message with its causes ("An error occurred while sending the request." says little on its own).</summary>
    private static string Reason(Exception ex)
    {
        var parts = new List<string>();
        for (Exception? e = ex; e is not null && parts.Count < 3; e = e.InnerException)
        {
            if (!parts.Contains(e.Message))
            {
                parts.Add(e.Message);
            }
        }

        return string.Join(": ", parts);
    }

    private Uri Redirect(Uri from, Uri? location, int hops)
    {
        if (location is null)
        {
            throw new FeedFetchException($"{from} redirected without a Location");
        }

        var to = location.IsAbsoluteUri ? location : new Uri(from, location);
        if (!string.Equals(to.Host, from.Host, StringComparison.OrdinalIgnoreCase) || to.Port != from.Port)
        {
            throw new FeedFetchException($"{from} redirected to another host ({to.Host}{(to.IsDefaultPort ? "" : ":" + to.Port.ToString(CultureInfo.InvariantCulture))}), which is not followed: bind the feed to the address the data is served from");
        }

        if (from.Scheme == Uri.UriSchemeHttps && to.Scheme != Uri.UriSchemeHttps)
        {
            throw new FeedFetchException($"{from} redirected from https to http, which is not followed");
        }

        if (hops + 1 > Limits.MaxRedirects)
        {
            throw new FeedFetchException($"{from} redirected more than {Limits.MaxRedirects} times");
        }

        CheckHost(to, from);
        return to;
    }

    private static string Refused(Uri url, HttpResponseMessage response)
    {
        var status = $"{(int)response.StatusCode} {response.ReasonPhrase}".Trim();
        var retry = response.Headers.RetryAfter is { } after
            ? after.Delta is { } delta ? string.Create(CultureInfo.InvariantCulture, $"; Retry-After: {delta.TotalSeconds:0} s") : $"; Retry-After: {after.Date:R}"
            : "";
        return (int)response.StatusCode switch
        {
            429 => $"{url} refused for now ({status}{retry}), also after the retries",
            >= 500 => $"{url} failed on the server ({status}{retry}), also after the retries",
            404 or 410 => $"{url} does not exist ({status}): check the URL",
            _ => $"{url} answered {status}",
        };
    }

    private async Task<byte[]> ReadAsync(HttpResponseMessage response, Uri url, CancellationToken ct)
    {
        var max = Limits.MaxResponseBytes;
        if (response.Content.Headers.ContentLength is { } announced && announced > max)
        {
            throw new FeedFetchException(string.Create(CultureInfo.InvariantCulture,
                $"{url} is {announced:N0} bytes, more than Feeds:MaxResponseBytes ({max:N0})"));
        }

        using var body = new MemoryStream();
        var buffer = new byte[81920];
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            int read;
            while ((read = await stream.ReadAsync(buffer, ct)) > 0)
            {
                if (body.Length + read > max)
                {
                    throw new FeedFetchException(string.Create(CultureInfo.InvariantCulture,
                        $"{url} sent more than Feeds:MaxResponseBytes ({max:N0} bytes); nothing was read"));
                }

                body.Write(buffer, 0, read);
            }
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            throw new FeedFetchException(string.Create(CultureInfo.InvariantCulture,
                $"{url}: the response broke off after {body.Length:N0} bytes ({Reason(ex)}); nothing was read"), ex);
        }
        catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new FeedFetchException($"{url}: the response did not arrive in time ({ex.Message})", ex);
        }

        if (response.Content.Headers.ContentLength is { } length && length != body.Length)
        {
            throw new FeedFetchException(string.Create(CultureInfo.InvariantCulture,
                $"{url}: the response held {body.Length:N0} bytes, not the {length:N0} it announced; nothing was read"));
        }

        return body.ToArray();
    }
}
