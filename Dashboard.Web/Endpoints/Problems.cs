namespace Dashboard.Web.Endpoints;

/// <summary>The 400 answer for invalid parameters: a ProblemDetails titled "Invalid parameter '&lt;first&gt;'" with every error by parameter.</summary>
public static class Problems
{
    public static IResult Invalid(IReadOnlyDictionary<string, string[]> errors)
    {
        var first = errors.Keys.First();
        return Results.ValidationProblem(errors.ToDictionary(e => e.Key, e => e.Value), title: $"Invalid parameter '{first}'",
            detail: string.Join(" ", errors.Values.SelectMany(v => v)), statusCode: StatusCodes.Status400BadRequest);
    }

    public static IResult Invalid(string parameter, string message) =>
        Invalid(new Dictionary<string, string[]> { [parameter] = [message] });
}
