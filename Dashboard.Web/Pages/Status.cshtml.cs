using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dashboard.Web.Pages;

/// <summary>The error page for empty 4xx/5xx responses (re-executed by the status-code-pages middleware).</summary>
/// <remarks>
/// Re-execution keeps the original method, so a POST to an unknown address arrives here as a POST. It carries no
/// antiforgery token for this page and changes nothing, so antiforgery is skipped and POST renders like GET
/// (otherwise a 404 would turn into a 400).
/// </remarks>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public string Heading { get; private set; } = "";

    public string Message { get; private set; } = "";

    public void OnGet(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        (Heading, Message) = Code switch
        {
            404 => ("Page not found", "There is no page at this address. It may have been mistyped, or the indicator it names does not exist."),
            400 => ("Bad request", "The address contains a value the site cannot use."),
            >= 500 => ("Something went wrong", "The site could not answer this request. Please try again later."),
            _ => ("Request not answered", "The site cannot answer this request."),
        };
        Response.StatusCode = Code;
    }

    public void OnPost(int code) => OnGet(code);
}
