namespace Dashboard.Web.Charts.Rendering;

/// <summary>
/// Thrown by <see cref="RenderGate"/> when a render or briefing pack found no slot (or pixels) within the queue wait,
/// or the queue was full. The web endpoints answer it with 503 and Retry-After.
/// </summary>
public sealed class RenderBusyException : Exception
{
    public RenderBusyException()
    {
    }

    public RenderBusyException(string message)
        : base(message)
    {
    }

    public RenderBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RenderBusyException(string message, int retryAfterSeconds)
        : base(message) => RetryAfterSeconds = retryAfterSeconds;

    /// <summary>When to try again, in seconds (<see cref="RenderLimitOptions.RetryAfterSeconds"/>).</summary>
    public int RetryAfterSeconds { get; } = 1;
}
