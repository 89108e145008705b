using Microsoft.AspNetCore.Localization;

namespace Dashboard.Web.Localization;

/// <summary>The request-localization provider reading the URL's prefix: the first of URL, cookie, Accept-Language.</summary>
public sealed class CulturePrefixProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        Task.FromResult(CulturePrefix.Of(httpContext) is { } c ? new ProviderCultureResult(c) : null);
}
