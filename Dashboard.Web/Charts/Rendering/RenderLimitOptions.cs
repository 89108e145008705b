using Dashboard.Web.Charts.Selection;

namespace Dashboard.Web.Charts.Rendering;

/// <summary>
/// How much rendering runs at once (configuration section "Render"; README "Security and operations"). Every PNG or
/// SVG render — chart URL, briefing pack, command line — takes one of <see cref="MaxConcurrentRenders"/> slots and
/// reserves width × height × scale² pixels of <see cref="PixelBudget"/>; a briefing pack also takes one of
/// <see cref="MaxConcurrentPacks"/>. Requests beyond that queue for <see cref="QueueWaitMilliseconds"/> and are then
/// answered 503 with Retry-After.
/// </summary>
public sealed class RenderLimitOptions
{
    public const string Section = "Render";

    /// <summary>Renders drawing at the same time (CPU-bound: about one per core).</summary>
    public int MaxConcurrentRenders { get; set; } = 2;

    /// <summary>
    /// Pixels (width × height × scale²) all renders in flight may hold together; at 4 bytes a pixel the default
    /// (two images at the <see cref="ChartOptions.MaxPixels"/> cap) is about 265 MB of raster. At least
    /// <see cref="ChartOptions.MaxPixels"/>, so the largest allowed image can always be drawn.
    /// </summary>
    public long PixelBudget { get; set; } = 66_355_200;

    /// <summary>Renders that may wait for a slot; one more is refused at once.</summary>
    public int MaxQueuedRenders { get; set; } = 32;

    /// <summary>Briefing packs built at the same time (each renders its charts one after another).</summary>
    public int MaxConcurrentPacks { get; set; } = 1;

    /// <summary>Briefing packs that may wait for a slot.</summary>
    public int MaxQueuedPacks { get; set; } = 4;

    /// <summary>How long a render or pack waits for a slot and its pixels before the 503; -1 waits as long as it takes (the export verb).</summary>
    public int QueueWaitMilliseconds { get; set; } = 2000;

    /// <summary>The Retry-After of the 503, in seconds.</summary>
    public int RetryAfterSeconds { get; set; } = 5;
}
