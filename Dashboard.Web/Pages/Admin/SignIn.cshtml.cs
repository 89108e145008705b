using System.Globalization;
using System.Security.Claims;
using Dashboard.Web.Admin;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Pages.Admin;

/// <summary>
/// Exchanges the admin token for an HttpOnly, SameSite=Strict session cookie (Secure over HTTPS). Wrong tokens count
/// against the client's <see cref="SignInThrottle"/>; a locked-out client gets 429 without its token being checked.
/// </summary>
[EnglishOnly]
public sealed class SignInModel(IOptions<AdminOptions> options, SignInThrottle throttle) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public IActionResult OnGet() => options.Value.Enabled ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync([FromForm] string? token)
    {
        var admin = options.Value;
        if (!admin.Enabled)
        {
            return NotFound();
        }

        var client = HttpContext.Connection.RemoteIpAddress;
        if (throttle.RetryAfter(client) is { } wait)
        {
            var seconds = SignInThrottle.Seconds(wait);
            Error = string.Create(CultureInfo.InvariantCulture, $"Too many failed sign-ins (from this address, or from everywhere together): try again in {seconds} s.");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return Page();
        }

        if (!AdminToken.Matches(token, admin.Token))
        {
            throttle.RecordFailure(client);
            Error = "That token is not valid.";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "admin"), new Claim(AdminAuth.FingerprintClaim, AdminToken.Fingerprint(admin.Token!))],
            AdminAuth.CookieScheme);
        await HttpContext.SignInAsync(AdminAuth.CookieScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl.StartsWith("/admin", StringComparison.Ordinal) ? ReturnUrl : "/admin");
    }
}
