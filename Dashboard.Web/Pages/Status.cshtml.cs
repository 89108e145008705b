using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dashboard.Web.Pages;

/// <summary>
/// The error page for empty 4xx/5xx responses (re-executed by the status-code-pages middleware). A re-execution keeps
/// the request's method, so a POST/PUT/DELETE to a read-only URL (405) arrives here as that method: the page answers
/// every method and skips the antiforgery check (it changes nothing), or the 405 would end as an empty 400.
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

    /// <summary>For methods without a handler (all but GET): describe the status the response already has.</summary>
    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HandlerMethod is null)
        {
            Describe(Response.StatusCode);
        }
    }

    private void Describe(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        (Heading, Message) = Code switch
        {
            404 => ("Page not found", "There is no page at this address. It may have been mistyped, or the indicator it names does not exist."),
            400 => ("Bad request", "The address contains a value the site cannot use."),
            405 => ("Method not allowed", "This address can only be read (GET); it does not accept changes."),
            >= 500 => ("Something went wrong", "The site could not answer this request. Please try again later."),
            _ => ("Request not answered", "The site cannot answer this request."),
        };
    }
}
