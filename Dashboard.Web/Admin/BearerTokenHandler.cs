using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Admin;

/// <summary>Authenticates <c>Authorization: Bearer &lt;token&gt;</c> against the configured admin token.</summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<AdminOptions> admin)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!AdminToken.Matches(header["Bearer ".Length..].Trim(), admin.Value.Token))
        {
            return Task.FromResult(AuthenticateResult.Fail("The admin token is not valid."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin")], AdminAuth.BearerScheme);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), AdminAuth.BearerScheme)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // A body of its own, so status-code pages never re-execute this request (as a POST, into antiforgery).
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"geoai-admin\"";
        Response.ContentType = "text/plain; charset=utf-8";
        return Response.WriteAsync("401: the admin token is missing or not valid.\n");
    }
}
