using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Web.Caching;

/// <summary>
/// Output caching of a page whose content depends only on the data version and its URL: GET and HEAD without an
/// Authorization header, keyed by method, scheme, host, the exact path and the exact query string (so a URL a page
/// redirects to its canonical form is never answered from its canonical twin's entry) and the data version (with
/// the build, <see cref="UrlVersion"/>); only 200 answers without Set-Cookie are stored. Tagged so a new data version
/// evicts them (<see cref="DataVersionWatch"/>). ETag, 304 and Cache-Control come from <see cref="DataPageMiddleware"/>.
/// Endpoints opt in by carrying it as metadata: a page by <c>[DataPage]</c> on its page model (Razor Pages put the
/// model's attributes into the endpoint's metadata), the <c>/api</c> group by <c>WithMetadata</c> (<c>Api/ApiEndpoints</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DataPageAttribute : Attribute, IOutputCachePolicy
{
    public const string Tag = "data-pages";

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var attempt = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) &&
            StringValues.IsNullOrEmpty(request.Headers.Authorization);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        if (!attempt)
        {
            return;
        }

        var version = RequestDataVersion.Get(http);
        await http.RequestServices.GetRequiredService<DataVersionWatch>().ObserveAsync(version, cancellationToken);
        context.CacheVaryByRules.VaryByValues["version"] = UrlVersion.Of(version);
        context.CacheVaryByRules.VaryByValues["query"] = request.QueryString.Value ?? "";

        // The embed code's address (Security/PublicBaseUrl) may be the request's origin: kept apart, as the ETag is.
        context.CacheVaryByRules.VaryByValues["base"] = http.RequestServices.GetRequiredService<PublicBaseUrl>().For(request);
        context.Tags.Add(Tag);
        var options = http.RequestServices.GetRequiredService<IOptions<HttpCachingOptions>>().Value;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.PageCacheSeconds);
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;

        // Error pages and redirects are cheap and may depend on more than the URL; a cookie is someone's own.
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
