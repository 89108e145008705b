namespace Dashboard.Web.Api;

/// <summary>One operation of the OpenAPI document, as the <c>/api-docs</c> page lists it.</summary>
public sealed record ApiOperation(string Method, string Path, string? Summary, IReadOnlyList<ApiParameter> Parameters, IReadOnlyList<(string Status, string Description)> Responses);
