namespace Dashboard.Tests.Support;

/// <summary>
/// Waits for a state, never for a time: probes until a condition holds and fails with what it last saw once the
/// deadline passes. The deadline is generous (a loaded 2-core machine); a passing run returns as soon as the state holds.
/// </summary>
public static class Poll
{
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(60);

    /// <summary>Probes until <paramref name="done"/> holds for the value and returns that value.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? deadline = null)
    {
        var until = DateTime.UtcNow + (deadline ?? DefaultDeadline);
        var wait = TimeSpan.FromMilliseconds(5);
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"{what}: not reached within {(deadline ?? DefaultDeadline).TotalSeconds:0} s; last seen: {value}");
            }

            await Task.Delay(wait);
            wait = TimeSpan.FromMilliseconds(Math.Min(wait.TotalMilliseconds * 2, 100));
        }
    }

    /// <summary>Probes a synchronous condition until it holds.</summary>
    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan? deadline = null) =>
        UntilAsync(() => Task.FromResult(condition()), ok => ok, what, deadline);
}
