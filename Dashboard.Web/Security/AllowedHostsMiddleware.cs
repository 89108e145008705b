namespace Dashboard.Web.Security;

/// <summary>
/// Answers 400 to a request whose Host (name and port) <see cref="AllowedHostList"/> does not allow, before anything
/// else reads it. A request without a Host (HTTP/1.0) is let through, as ASP.NET's host filtering does; nothing then
/// trusts its origin (<see cref="PublicBaseUrl"/>).
/// </summary>
public sealed class AllowedHostsMiddleware(RequestDelegate next, AllowedHostList hosts)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Host.HasValue || hosts.Allows(request.Host, request.Scheme))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("400: this server does not answer to that host name and port (AllowedHosts).\n");
    }
}
