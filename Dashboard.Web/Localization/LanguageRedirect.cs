using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Dashboard.Web.Localization;

/// <summary>
/// An English (unprefixed) page asked for by a reader whose cookie or browser names another language the dashboard
/// speaks is sent to that language's URL (302), so one URL always means one language: caches, ETags and shared
/// links stay exact. Chart files, downloads, embeds and the API are never redirected (their language is in their URL).
/// </summary>
public sealed class LanguageRedirect(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (CulturePrefix.Of(context) is not null || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || !IsPage(request.Path.Value ?? "/"))
        {
            return next(context);
        }

        // The answer depends on these two headers from here on, redirect or English page.
        context.Response.Headers.Append(HeaderNames.Vary, "Cookie, Accept-Language");
        var language = Language.Of(CultureInfo.CurrentUICulture.Name);
        if (language.IsEnglish)
        {
            return next(context);
        }

        context.Response.Redirect(request.PathBase + language.Path(request.Path.Value ?? "/") + request.QueryString);
        return Task.CompletedTask;
    }

    /// <summary>A page of the site: not a file (no dot in the last segment), not the API, admin or an embed.</summary>
    public static bool IsPage(string path)
    {
        if (CulturePrefix.IsUnlocalized(path) || path.StartsWith("/embed/", StringComparison.OrdinalIgnoreCase) ||
            path.StartsWith("/charts/", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/status/", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var last = path.LastIndexOf('/');
        return !path.AsSpan(last + 1).Contains('.');
    }
}
