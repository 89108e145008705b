using System.Collections.Concurrent;
using System.Net;
using Dashboard.Web.Security;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Admin;

/// <summary>
/// Counts failed admin sign-ins and Bearer attempts and makes guessing slow however it is spread:
/// <list type="bullet">
/// <item>per client (<see cref="ClientAddress.Key(IPAddress?)"/>: an IPv4 address, an IPv6 /64), an exponentially
/// growing lockout after a few failures (<see cref="SignInThrottleOptions"/>);</item>
/// <item>for everyone together, a budget of failures per window: once spent, every token check from anywhere answers
/// 429 for a cool-down (one warning is logged), so thousands of addresses with a few guesses each get no further than
/// one client would;</item>
/// <item>a lockout is never forgotten before it ends. Memory stays bounded by counting, once many addresses are
/// tracked, each newly failing address under its network instead (IPv4 /24, IPv6 /48), and by the budget, which caps
/// how many failures are counted at all.</item>
/// </list>
/// While locked out (by its own record, its network's, or the global cool-down) a client's tokens are not even checked.
/// Successful attempts neither count nor reset the count: a script that knows the token, behind the same address as a
/// guesser, cannot buy the guesser fresh attempts. Kept in memory; a restart forgets it.
/// </summary>
public sealed partial class SignInThrottle(IOptions<AdminOptions> options, TimeProvider clock, ILogger<SignInThrottle> logger)
{
    private readonly ConcurrentDictionary<string, Record> _clients = new(StringComparer.Ordinal);
    private readonly Lock _global = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _windowFailures;
    private DateTimeOffset _coolDownUntil = DateTimeOffset.MinValue;

    /// <summary>Records held (clients and networks), for tests and diagnostics.</summary>
    public int TrackedRecords => _clients.Count;

    /// <summary>How long a client at <paramref name="address"/> must still wait, or null when its token may be checked now.</summary>
    public TimeSpan? RetryAfter(IPAddress? address)
    {
        DateTimeOffset until;
        lock (_global)
        {
            until = _coolDownUntil;
        }

        until = Later(until, ClientAddress.Key(address));
        until = Later(until, NetworkKey(address));
        var wait = until - clock.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : null;
    }

    /// <summary>Counts a wrong token from <paramref name="address"/>: against its own record (or its network's) and the global budget.</summary>
    public void RecordFailure(IPAddress? address)
    {
        var settings = options.Value.Throttle;
        var now = clock.GetUtcNow();
        var key = ClientAddress.Key(address);
        if (!_clients.ContainsKey(key) && _clients.Count >= settings.AggregateAfter)
        {
            Prune(now, settings);
            if (_clients.Count >= settings.AggregateAfter)
            {
                // Many addresses failing at once: a new one shares its network's record (and its lockout).
                key = NetworkKey(address);
            }
        }

        var record = _clients.GetOrAdd(key, _ => new Record());
        lock (record)
        {
            if (now - record.LastFailure > TimeSpan.FromMinutes(settings.ForgetAfterMinutes))
            {
                record.Failures = 0;
            }

            record.Failures++;
            record.LastFailure = now;
            var lockedUntil = now + Lockout(record.Failures, settings);
            record.LockedUntil = lockedUntil > record.LockedUntil ? lockedUntil : record.LockedUntil;
        }

        SpendGlobalBudget(now, settings);
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

    private static string NetworkKey(IPAddress? address) => "net " + ClientAddress.NetworkKey(address);

    /// <summary>The later of <paramref name="until"/> and the lockout on record under <paramref name="key"/>.</summary>
    private DateTimeOffset Later(DateTimeOffset until, string key)
    {
        if (!_clients.TryGetValue(key, out var record))
        {
            return until;
        }

        lock (record)
        {
            return record.LockedUntil > until ? record.LockedUntil : until;
        }
    }

    private void SpendGlobalBudget(DateTimeOffset now, SignInThrottleOptions settings)
    {
        int spent;
        lock (_global)
        {
            if (now - _windowStart >= TimeSpan.FromSeconds(settings.GlobalWindowSeconds))
            {
                _windowStart = now;
                _windowFailures = 0;
            }

            if (++_windowFailures < settings.GlobalFailures)
            {
                return;
            }

            spent = _windowFailures;
            _coolDownUntil = now + TimeSpan.FromSeconds(settings.GlobalCoolDownSeconds);
            _windowStart = _coolDownUntil;
            _windowFailures = 0;
        }

        LogCoolDown(logger, spent, settings.GlobalWindowSeconds, _clients.Count, settings.GlobalCoolDownSeconds);
    }

    /// <summary>Forgets records that are quiet for the forget period and not locked out; never a running lockout.</summary>
    private void Prune(DateTimeOffset now, SignInThrottleOptions settings)
    {
        var forget = TimeSpan.FromMinutes(settings.ForgetAfterMinutes);
        foreach (var (key, record) in _clients)
        {
            lock (record)
            {
                if (now - record.LastFailure > forget && record.LockedUntil <= now)
                {
                    _clients.TryRemove(key, out _);
                }
            }
        }
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning,
        Message = "Admin sign-in: {Failures} wrong tokens within {WindowSeconds} s ({Records} addresses and networks on record); every token check answers 429 for the next {CoolDownSeconds} s. Signed-in sessions keep working.")]
    private static partial void LogCoolDown(ILogger logger, int failures, int windowSeconds, int records, int coolDownSeconds);

    private sealed class Record
    {
        public int Failures { get; set; }

        public DateTimeOffset LastFailure { get; set; } = DateTimeOffset.MinValue;

        public DateTimeOffset LockedUntil { get; set; } = DateTimeOffset.MinValue;
    }
}
