using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Localization;

/// <summary>
/// <see cref="IStringLocalizer"/> over the <see cref="TextCatalog"/>: the name is the English text, the culture the
/// request's UI culture. A text the culture lacks comes back in English with <c>ResourceNotFound</c> set (and is
/// recorded by the catalog), never as a raw key.
/// </summary>
public sealed class CatalogLocalizer : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var culture = CultureInfo.CurrentUICulture.Name;
            var language = Language.Of(culture);
            return new LocalizedString(name, language.T(name), resourceNotFound: !TextCatalog.Shipped.Has(language.Culture, name));
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.InvariantCulture, text.Value, arguments), text.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
