namespace Dashboard.Web.Security;

/// <summary>The body of <c>/healthz</c>: "ok" with the store's data version, or "unavailable".</summary>
public sealed record HealthStatus(string Status, string? DataVersion);
