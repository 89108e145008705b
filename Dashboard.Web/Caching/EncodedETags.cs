using Microsoft.Net.Http.Headers;

namespace Dashboard.Web.Caching;

/// <summary>
/// Keeps ETags honest when a response is compressed (runs outside the compression middleware): a strong ETag names
/// one sequence of bytes, so a Brotli or gzip body gets the weak form of its tag (<c>W/"…"</c>, as nginx does), while
/// the uncompressed body keeps the strong one; If-None-Match compares weakly (<see cref="CacheHeaders.Matches"/>), so
/// either form revalidates. A 304 answers with the form the client sent, and every 304 says <c>Vary: Accept-Encoding</c>
/// like the 200 it stands for.
/// </summary>
public sealed class EncodedETags(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var response = context.Response;
            var etag = response.Headers.ETag.ToString();
            if (etag.Length == 0 || etag.StartsWith("W/", StringComparison.Ordinal))
            {
                return Task.CompletedTask;
            }

            if (response.StatusCode == StatusCodes.Status304NotModified)
            {
                response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
                if (context.Request.Headers.IfNoneMatch.ToString().Contains("W/" + etag, StringComparison.Ordinal))
                {
                    response.Headers.ETag = "W/" + etag;
                }
            }
            else if (response.Headers.ContentEncoding.Count > 0)
            {
                response.Headers.ETag = "W/" + etag;
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
