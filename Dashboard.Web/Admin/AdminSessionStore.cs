using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Dashboard.Web.Admin;

/// <summary>
/// Server-side admin sessions: the sign-in cookie carries only a random key into this store, so signing out (which
/// removes the key) ends the session for every copy of the cookie. Kept in memory on purpose: a restart signs every
/// admin out (fail closed: nothing on disk to steal or to outlive a token change), like pending uploads, which also
/// live only as long as the process.
/// </summary>
public sealed class AdminSessionStore(TimeProvider clock) : ITicketStore
{
    /// <summary>Sessions kept at most (only holders of the token create them); the oldest are dropped beyond it.</summary>
    public const int MaxSessions = 1000;

    private readonly ConcurrentDictionary<string, AuthenticationTicket> _sessions = new(StringComparer.Ordinal);

    public int Count => _sessions.Count;

    public Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        RemoveExpired();
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        _sessions[key] = ticket;
        return Task.FromResult(key);
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        // Only a live session may be renewed: a renewal racing a sign-out must not bring it back.
        if (_sessions.TryGetValue(key, out var current))
        {
            _sessions.TryUpdate(key, ticket, current);
        }

        return Task.CompletedTask;
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        if (!_sessions.TryGetValue(key, out var ticket))
        {
            return Task.FromResult<AuthenticationTicket?>(null);
        }

        if (IsExpired(ticket))
        {
            _sessions.TryRemove(key, out _);
            return Task.FromResult<AuthenticationTicket?>(null);
        }

        return Task.FromResult<AuthenticationTicket?>(ticket);
    }

    public Task RemoveAsync(string key)
    {
        _sessions.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    private bool IsExpired(AuthenticationTicket ticket) => ticket.Properties.ExpiresUtc is { } expires && expires <= clock.GetUtcNow();

    private void RemoveExpired()
    {
        foreach (var (key, ticket) in _sessions)
        {
            if (IsExpired(ticket))
            {
                _sessions.TryRemove(key, out _);
            }
        }

        var excess = _sessions.Count - (MaxSessions - 1);
        if (excess > 0)
        {
            foreach (var key in _sessions.OrderBy(s => s.Value.Properties.IssuedUtc ?? DateTimeOffset.MinValue).Take(excess).Select(s => s.Key).ToList())
            {
                _sessions.TryRemove(key, out _);
            }
        }
    }
}
