using System.Globalization;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// The problem answers of the endpoints: 400 for invalid parameters (a ProblemDetails titled "Invalid parameter
/// '&lt;first&gt;'" with every error by parameter), 404 for an unknown chart, 503 when rendering is at its limits.
/// </summary>
public static class Problems
{
    /// <summary>503 with Retry-After, never cached (any ETag or public caching set earlier is dropped).</summary>
    public static ProblemHttpResult Busy(HttpContext http, RenderBusyException busy)
    {
        var headers = http.Response.Headers;
        headers.Remove("ETag");
        headers.CacheControl = "no-store";
        headers.RetryAfter = busy.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy rendering", detail: busy.Message);
    }

    public static ValidationProblem Invalid(ParameterErrors errors) =>
        TypedResults.ValidationProblem(errors.ByParameter.ToDictionary(e => e.Key, e => e.Value), title: $"Invalid parameter '{errors.FirstParameter}'",
            detail: string.Join(" ", errors.ByParameter.Values.SelectMany(v => v)));

    public static ValidationProblem Invalid(string parameter, string message) => Invalid(ParameterErrors.Of(parameter, message));

    /// <summary>404 for a chart of a deck or list that does not exist.</summary>
    public static ProblemHttpResult UnknownChart(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown chart", detail: $"There is no chart '{id}'; the list is on /export.");

    /// <summary>404 for an indicator that does not exist.</summary>
    public static ProblemHttpResult UnknownIndicator(string? id = null) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown indicator",
            detail: id is null
                ? "There is no indicator with this id; the list is on the home page."
                : $"There is no indicator '{id}'; the list is on the home page.");
}
