using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Admin;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;token&gt;</c> against the configured admin token, on admin URLs only.
/// Wrong tokens count against the client's <see cref="SignInThrottle"/>; while the client is locked out its tokens are
/// not checked and the challenge is a 429 with <c>Retry-After</c>.
/// </summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<AdminOptions> admin,
    SignInThrottle throttle)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private TimeSpan? _lockedOut;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ||
            !Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase))
        {
            // Public pages and the API ignore Authorization: nothing there to guess against, nothing to count.
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var client = Context.Connection.RemoteIpAddress;
        _lockedOut = throttle.RetryAfter(client);
        if (_lockedOut is not null)
        {
            return Task.FromResult(AuthenticateResult.Fail("Too many failed admin attempts."));
        }

        if (!AdminToken.Matches(header["Bearer ".Length..].Trim(), admin.Value.Token))
        {
            throttle.RecordFailure(client);
            return Task.FromResult(AuthenticateResult.Fail("The admin token is not valid."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin")], AdminAuth.BearerScheme);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), AdminAuth.BearerScheme)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // A body of its own, so status-code pages never re-execute this request (as a POST, into antiforgery).
        Response.ContentType = "text/plain; charset=utf-8";
        if (_lockedOut is { } wait)
        {
            var seconds = SignInThrottle.Seconds(wait);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return Response.WriteAsync(string.Create(CultureInfo.InvariantCulture,
                $"429: Too many failed admin attempts (from this address, or from everywhere together); try again in {seconds} s.\n"));
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"geoai-admin\"";
        return Response.WriteAsync("401: the admin token is missing or not valid.\n");
    }
}
