using Dashboard.Data;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Support;

/// <summary>Chart URLs as pages write them: with the <c>v</c> of the hosted app's current data version and build.</summary>
public static class VersionedUrl
{
    /// <summary>The current <c>v=…</c> parameter of the app.</summary>
    public static string Parameter(WebApplicationFactory<Program> app) =>
        UrlVersion.Parameter + "=" + UrlVersion.Of(app.Services.GetRequiredService<Database>().GetDataVersion());

    /// <summary><paramref name="url"/> with the app's current <c>v</c> appended.</summary>
    public static string Of(WebApplicationFactory<Program> app, string url) =>
        url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + Parameter(app);
}
