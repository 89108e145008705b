using Microsoft.AspNetCore.Localization;

namespace Dashboard.Web.Localization;

/// <summary>
/// The language switch in the header: <c>/culture/ru?return=/compare</c> remembers the choice in the culture cookie
/// (a year) and goes to the page in that language. The return path must be a local path; anything else goes home.
/// </summary>
public static class LanguageSwitch
{
    public const string Path = "/culture";

    /// <summary>The switch's URL for <paramref name="language"/> from the site path <paramref name="sitePathAndQuery"/>.</summary>
    public static string Url(Language language, string sitePathAndQuery) =>
        Path + "/" + language.Culture + "?return=" + Uri.EscapeDataString(sitePathAndQuery);

    public static IResult Switch(HttpContext context, string culture, string? @return)
    {
        if (!Language.Supports(culture))
        {
            return TypedResults.NotFound();
        }

        var language = Language.Of(culture);
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language.Culture)),
            new CookieOptions
            {
                Path = "/",
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
            });
        return TypedResults.Redirect(context.Request.PathBase + language.Path(LocalSitePath(@return)));
    }

    /// <summary>
    /// The site path (and query) to return to: a local path without its language prefix; "/" for anything that could
    /// leave the site (<c>//host</c>, <c>/\host</c>, an absolute URL) or contains control characters.
    /// </summary>
    public static string LocalSitePath(string? @return)
    {
        if (string.IsNullOrEmpty(@return) || @return[0] != '/' || @return.StartsWith("//", StringComparison.Ordinal) ||
            @return.StartsWith("/\\", StringComparison.Ordinal) || @return.Any(char.IsControl) || @return.Length > 2000)
        {
            return "/";
        }

        foreach (var culture in Language.Cultures)
        {
            var prefix = "/" + culture;
            if (culture != CldrCultures.English && @return.StartsWith(prefix, StringComparison.Ordinal) &&
                (@return.Length == prefix.Length || @return[prefix.Length] is '/' or '?'))
            {
                var rest = @return[prefix.Length..];
                return rest.Length == 0 || rest[0] == '?' ? "/" + rest : rest;
            }
        }

        return @return;
    }
}
