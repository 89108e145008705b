namespace Dashboard.Web.Endpoints;

/// <summary>
/// Maps a read-only endpoint for GET and HEAD (<c>MapGet</c> answers HEAD with 405, which breaks link checkers and
/// caches). Kestrel sends a HEAD answer's status and headers (ETag, Content-Type, Content-Length, Cache-Control) and
/// drops the body. The OpenAPI document lists the GET only (<see cref="Setup.ApiSetup"/>).
/// </summary>
public static class GetAndHead
{
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    public static RouteHandlerBuilder MapGetAndHead(this IEndpointRouteBuilder routes, string pattern, Delegate handler) =>
        routes.MapMethods(pattern, Methods, handler);
}
