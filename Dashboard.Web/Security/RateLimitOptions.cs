namespace Dashboard.Web.Security;

/// <summary>
/// Request limits per client address for the render (<c>/charts</c>), API (<c>/api</c>) and export
/// (<c>/export/pack.zip</c>, <c>/export/deck.pptx</c>) endpoints and the pages (section "RateLimit").
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    /// <summary>Off switch for local load tests; on by default.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Generous per address: a classroom behind one NAT address shares it.</summary>
    public WindowLimit Api { get; set; } = new() { PermitLimit = 1200, WindowSeconds = 60 };

    /// <summary>Chart renders cost ~10–80 ms of CPU each, so they get a tighter budget than JSON.</summary>
    public WindowLimit Charts { get; set; } = new() { PermitLimit = 600, WindowSeconds = 60 };

    /// <summary>
    /// Pages (every other path without a file extension, except <c>/admin</c> and <c>/healthz</c>): a page reads the
    /// store and renders HTML, a few ms each; a reader clicks a few a minute, a classroom behind one NAT address more.
    /// </summary>
    public WindowLimit Pages { get; set; } = new() { PermitLimit = 300, WindowSeconds = 60 };

    /// <summary>A briefing pack renders up to 60 files (20 charts × PNG, SVG, CSV) and a deck up to 40 slides, so packs and decks share their own small budget.</summary>
    public WindowLimit Export { get; set; } = new() { PermitLimit = 30, WindowSeconds = 60 };
}
