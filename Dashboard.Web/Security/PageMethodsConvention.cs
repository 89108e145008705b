using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Dashboard.Web.Security;

/// <summary>
/// Lets a Razor Page answer only the methods it has handlers for: GET and HEAD (HEAD runs the GET handler) plus each
/// <c>On{Method}</c> handler's method, as the <see cref="HttpMethodMetadata"/> minimal API endpoints carry. Routing
/// then answers any other method (PUT, DELETE, TRACE, OPTIONS, CORS preflights: the site uses no CORS) with 405 and
/// an <c>Allow</c> header, before authorization, antiforgery or the page run. Without it, Razor Pages runs a page for
/// any method without a handler (its model never loaded: a 500, or a page rendered for a method nobody checked) and
/// answers OPTIONS with 200. The error page is left out: a re-executed error keeps the failed request's method
/// (<see cref="Pages.StatusModel"/>).
/// </summary>
public sealed class PageMethodsConvention(string errorPage) : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (string.Equals(model.ViewEnginePath, errorPage, StringComparison.Ordinal))
        {
            return;
        }

        var methods = new List<string> { HttpMethods.Get, HttpMethods.Head };
        foreach (var handler in model.HandlerMethods)
        {
            var method = HttpMethods.GetCanonicalizedValue(handler.HttpMethod.ToUpperInvariant());
            if (!methods.Contains(method, StringComparer.Ordinal))
            {
                methods.Add(method);
            }
        }

        model.EndpointMetadata.Add(new HttpMethodMetadata(methods, acceptCorsPreflight: false));
    }
}
