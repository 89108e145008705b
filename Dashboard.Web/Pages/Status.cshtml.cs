using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dashboard.Web.Pages;

/// <summary>
/// The error page for empty 4xx/5xx responses (re-executed by the status-code-pages middleware). A re-execution keeps
/// the request's method, so a POST/PUT/TRACE/OPTIONS to a read-only URL (405) arrives here as that method: the page
/// answers every method and skips the antiforgery check (it changes nothing), or the 405 would end as an empty 400.
/// Asked for directly (not a re-execution) with any method but GET or HEAD, it is itself a 405.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public string Heading { get; private set; } = "";

    public string Message { get; private set; } = "";

    public void OnGet(int code)
    {
        Describe(code);
        Response.StatusCode = Code;
    }

    /// <summary>
    /// For methods without a handler (all but GET): describe the status the response already has, and render the page
    /// at once, before Razor Pages' own OPTIONS filter would turn the status into 200.
    /// </summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HandlerMethod is not null)
        {
            return;
        }

        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            Response.Headers.Allow = "GET, HEAD";
        }

        Describe(Response.StatusCode);
        context.Result = Page();
    }

    private void Describe(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        var l = Localization.Language.Current;
        (Heading, Message) = Code switch
        {
            404 => (l.T("Page not found"), l.T("There is no page at this address. It may have been mistyped, or the indicator it names does not exist.")),
            400 => (l.T("Bad request"), l.T("The address contains a value the site cannot use.")),
            405 => (l.T("Method not allowed"), l.T("This address does not answer this kind of request; open it in a browser (GET).")),
            >= 500 => (l.T("Something went wrong"), l.T("The site could not answer this request. Please try again later.")),
            _ => (l.T("Request not answered"), l.T("The site cannot answer this request.")),
        };
    }
}
