namespace Dashboard.Web.Api;

/// <summary>Page sizes of the JSON API (configuration section "Api"; README "JSON API").</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Observations per answer of <c>/api/observations</c> when <c>limit</c> is not given.</summary>
    public int DefaultPageSize { get; set; } = 1_000;

    /// <summary>The largest <c>limit</c> a client may ask for.</summary>
    public int MaxPageSize { get; set; } = 5_000;
}
