namespace Dashboard.Web.Api;

/// <summary>One parameter of an <see cref="ApiOperation"/>.</summary>
public sealed record ApiParameter(string Name, string In, bool Required, string Type, string? Description);
