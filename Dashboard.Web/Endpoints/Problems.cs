using System.Globalization;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Rendering;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// The 400 answer for invalid parameters (a ProblemDetails titled "Invalid parameter '&lt;first&gt;'" with every error
/// by parameter) and the 503 answer when rendering is at its limits.
/// </summary>
public static class Problems
{
    /// <summary>503 with Retry-After, never cached (any ETag or public caching set earlier is dropped).</summary>
    public static IResult Busy(HttpContext http, RenderBusyException busy)
    {
        var headers = http.Response.Headers;
        headers.Remove("ETag");
        headers.CacheControl = "no-store";
        headers.RetryAfter = busy.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy rendering", detail: busy.Message);
    }

    public static IResult Invalid(IReadOnlyDictionary<string, string[]> errors)
    {
        var first = errors.Keys.First();
        return Results.ValidationProblem(errors.ToDictionary(e => e.Key, e => e.Value), title: $"Invalid parameter '{first}'",
            detail: string.Join(" ", errors.Values.SelectMany(v => v)), statusCode: StatusCodes.Status400BadRequest);
    }

    public static IResult Invalid(string parameter, string message) =>
        Invalid(new Dictionary<string, string[]> { [parameter] = [message] });
}
