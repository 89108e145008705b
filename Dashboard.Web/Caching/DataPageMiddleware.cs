using System.Security.Cryptography;
using System.Text;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Security;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Caching;

/// <summary>
/// For endpoints with <see cref="DataPageAttribute"/> (behind the output cache, so it runs only when the page is
/// rendered): answers 304 when If-None-Match names the page's ETag, and otherwise buffers the page so a 200 gets its
/// <c>ETag</c> (data version, build, exact path and query, the public base URL), <c>Cache-Control</c> (<see cref="CacheHeaders"/>) and a
/// <c>Content-Length</c> before the first byte goes out, for GET and HEAD alike (Kestrel sends no body for HEAD). The headers
/// are set before the output cache copies them, so cached answers carry them too. Other statuses pass through
/// without them (an empty 404 still reaches the error page).
/// </summary>
public sealed class DataPageMiddleware(RequestDelegate next, IOptions<HttpCachingOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (context.GetEndpoint()?.Metadata.GetMetadata<DataPageAttribute>() is null ||
            !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            await next(context);
            return;
        }

        var version = RequestDataVersion.Get(context);
        var etag = ETag(version, request, context.RequestServices.GetRequiredService<PublicBaseUrl>().For(request));
        var cacheControl = CacheHeaders.CacheControl(request.Query, version, options.Value.PageMaxAgeSeconds);
        var response = context.Response;

        // A client holds this ETag only from a 200 for the same URL, data version and build, so the page is unchanged.
        // "*" is not taken: it would answer 304 for URLs that are errors.
        if (CacheHeaders.Matches(request.Headers.IfNoneMatch, etag, anyMatches: false))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.ETag = etag;
            response.Headers.CacheControl = cacheControl;
            return;
        }

        var body = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = body;
        }

        if (response.StatusCode == StatusCodes.Status200OK)
        {
            response.Headers.ETag = etag;
            response.Headers.CacheControl = cacheControl;
        }

        if (buffer.Length == 0)
        {
            return;
        }

        // Written for HEAD too: the server drops it, but the output cache keeps it, and a cached answer's
        // Content-Length is the length of the body it kept.
        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(body, context.RequestAborted);
    }

    /// <summary>
    /// A strong ETag: SHA-256 over the data version with the build, the exact path and query string, and the base of the
    /// absolute addresses the page writes (its embed code: <see cref="PublicBaseUrl"/>, which may be the request's own
    /// origin), so two bodies that differ never share one.
    /// </summary>
    public static string ETag(string dataVersion, HttpRequest request, string publicBaseUrl)
    {
        var key = string.Join('\n', UrlVersion.Of(dataVersion), request.PathBase.Value, request.Path.Value, request.QueryString.Value, publicBaseUrl);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "\"p" + Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "\"";
    }
}
