using System.Globalization;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Dashboard.Web.Pages.Admin;

/// <summary>
/// Admin pages are English only, and wholly so: the page, the layout's header and footer and <c>&lt;html lang="en"&gt;</c>,
/// whatever the reader's cookie or browser says (admin has no <c>/ru</c> URL). The culture is set around the whole
/// page, rendering included.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class EnglishOnlyAttribute : Attribute, IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var english = CultureInfo.GetCultureInfo(Localization.CldrCultures.English);
        CultureInfo.CurrentCulture = english;
        CultureInfo.CurrentUICulture = english;
        try
        {
            await next();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
