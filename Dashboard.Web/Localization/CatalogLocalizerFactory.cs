using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Localization;

/// <summary>One catalog for the whole dashboard: every <c>IStringLocalizer&lt;T&gt;</c> reads the same texts.</summary>
public sealed class CatalogLocalizerFactory : IStringLocalizerFactory
{
    private static readonly CatalogLocalizer Localizer = new();

    public IStringLocalizer Create(Type resourceSource) => Localizer;

    public IStringLocalizer Create(string baseName, string location) => Localizer;
}
