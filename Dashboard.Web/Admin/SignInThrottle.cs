using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Admin;

/// <summary>
/// Counts failed admin sign-ins and Bearer attempts per client address (see <see cref="Security.ClientAddress"/>) and
/// locks an address out with an exponentially growing wait (<see cref="SignInThrottleOptions"/>). While an address is
/// locked out its attempts are not even checked, so guessing stays slow whatever the attacker sends. Successful
/// attempts neither count nor reset the count: a script that knows the token, behind the same address as a guesser,
/// cannot buy the guesser fresh attempts. Kept in memory; a restart forgets it.
/// </summary>
public sealed class SignInThrottle(IOptions<AdminOptions> options, TimeProvider clock)
{
    /// <summary>Addresses remembered at most; beyond it the longest-quiet ones are forgotten first.</summary>
    public const int MaxTrackedClients = 10_000;

    private readonly ConcurrentDictionary<string, Record> _clients = new(StringComparer.Ordinal);
    private readonly Lock _pruning = new();

    public int TrackedClients => _clients.Count;

    /// <summary>How long <paramref name="client"/> must still wait, or null when it may try now.</summary>
    public TimeSpan? RetryAfter(string client)
    {
        if (!_clients.TryGetValue(client, out var record))
        {
            return null;
        }

        lock (record)
        {
            var wait = record.LockedUntil - clock.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : null;
        }
    }

    /// <summary>Counts a wrong token from <paramref name="client"/> and starts its lockout once the free failures are spent.</summary>
    public void RecordFailure(string client)
    {
        var settings = options.Value.Throttle;
        var now = clock.GetUtcNow();
        if (!_clients.ContainsKey(client) && _clients.Count >= MaxTrackedClients)
        {
            Prune(now, settings);
        }

        var record = _clients.GetOrAdd(client, _ => new Record());
        lock (record)
        {
            if (now - record.LastFailure > TimeSpan.FromMinutes(settings.ForgetAfterMinutes))
            {
                record.Failures = 0;
            }

            record.Failures++;
            record.LastFailure = now;
            record.LockedUntil = now + Lockout(record.Failures, settings);
        }
    }

    /// <summary>A wait in whole seconds for <c>Retry-After</c>, rounded up (never 0).</summary>
    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    /// <summary>The lockout after the <paramref name="failures"/>th failure in a row: none, then first, 2×, 4×, … up to the maximum.</summary>
    public static TimeSpan Lockout(int failures, SignInThrottleOptions settings)
    {
        var doublings = failures - settings.FreeFailures;
        if (doublings < 0)
        {
            return TimeSpan.Zero;
        }

        var seconds = settings.FirstLockoutSeconds * Math.Pow(2, Math.Min(doublings, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, settings.MaxLockoutSeconds));
    }

    private void Prune(DateTimeOffset now, SignInThrottleOptions settings)
    {
        lock (_pruning)
        {
            var forget = TimeSpan.FromMinutes(settings.ForgetAfterMinutes);
            foreach (var (client, record) in _clients)
            {
                if (now - record.LastFailure > forget && record.LockedUntil <= now)
                {
                    _clients.TryRemove(client, out _);
                }
            }

            // Still full (many addresses failing at once): forget the tenth that has been quiet longest.
            var excess = _clients.Count - (MaxTrackedClients * 9 / 10);
            if (excess > 0)
            {
                foreach (var client in _clients.OrderBy(c => c.Value.LastFailure).Take(excess).Select(c => c.Key).ToList())
                {
                    _clients.TryRemove(client, out _);
                }
            }
        }
    }

    private sealed class Record
    {
        public int Failures { get; set; }

        public DateTimeOffset LastFailure { get; set; } = DateTimeOffset.MinValue;

        public DateTimeOffset LockedUntil { get; set; } = DateTimeOffset.MinValue;
    }
}
