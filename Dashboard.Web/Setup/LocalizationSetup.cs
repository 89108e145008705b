using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Dashboard.Web.Endpoints;
using Dashboard.Web.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Dashboard.Web.Setup;

/// <summary>
/// The reader's language: from the URL (<c>/ru/…</c>, <c>/tr/…</c>), then the cookie the language switch sets, then
/// Accept-Language; English by default. Texts come from the embedded catalog (<see cref="TextCatalog"/>) through
/// <see cref="IStringLocalizer"/>; numbers, months and country names from the CLDR tables. A new culture is a new
/// texts file (and a CLDR row).
/// </summary>
public static class LocalizationSetup
{
    public static WebApplicationBuilder AddDashboardLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IStringLocalizerFactory, CatalogLocalizerFactory>();

        // Razor writes Cyrillic and Turkish letters as they are, not as &#x…; entities (HTML-special characters are still encoded).
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Language.Cultures.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture(CldrCultures.English);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.ApplyCurrentCultureToResponseHeaders = true;
            o.RequestCultureProviders =
            [
                new CulturePrefixProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return builder;
    }

    /// <summary>First of all: every later step (security headers, rate limits, routing) sees the path without its language.</summary>
    public static WebApplication UseCulturePrefix(this WebApplication app)
    {
        app.UseMiddleware<CulturePrefix>();
        return app;
    }

    /// <summary>Before the error pages and static files: the culture is chosen, English pages of other readers redirected.</summary>
    public static WebApplication UseReaderLanguage(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.UseMiddleware<LanguageRedirect>();
        return app;
    }

    /// <summary><c>/culture/{culture}?return=…</c>: the language switch.</summary>
    public static WebApplication MapLanguageSwitch(this WebApplication app)
    {
        app.MapGetAndHead(LanguageSwitch.Path + "/{culture}", (HttpContext context, string culture, string? @return) =>
                LanguageSwitch.Switch(context, culture, @return))
            .ExcludeFromDescription();
        return app;
    }
}
