namespace Dashboard.Web.Security;

/// <summary>Request limits per client address for the render (<c>/charts</c>) and API (<c>/api</c>) endpoints (section "RateLimit").</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    /// <summary>Off switch for local load tests; on by default.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Generous per address: a classroom behind one NAT address shares it.</summary>
    public WindowLimit Api { get; set; } = new() { PermitLimit = 1200, WindowSeconds = 60 };

    /// <summary>Chart renders cost ~10–80 ms of CPU each, so they get a tighter budget than JSON.</summary>
    public WindowLimit Charts { get; set; } = new() { PermitLimit = 600, WindowSeconds = 60 };
}
