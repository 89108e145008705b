using System.Security.Claims;
using Dashboard.Tests.Support;
using Dashboard.Web.Admin;
using Microsoft.AspNetCore.Authentication;

namespace Dashboard.Tests.Admin;

public sealed class AdminSessionStoreTests
{
    private static AuthenticationTicket Ticket(ManualClock clock, TimeSpan lifetime) => new(
        new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin")], "test")),
        new AuthenticationProperties { IssuedUtc = clock.GetUtcNow(), ExpiresUtc = clock.GetUtcNow() + lifetime },
        "test");

    [Fact]
    public async Task RetrieveAsync_AfterRemove_IsNull()
    {
        var clock = new ManualClock();
        var store = new AdminSessionStore(clock);
        var key = await store.StoreAsync(Ticket(clock, TimeSpan.FromHours(8)));

        Assert.NotNull(await store.RetrieveAsync(key));
        await store.RemoveAsync(key);

        Assert.Null(await store.RetrieveAsync(key));
    }

    [Fact]
    public async Task RetrieveAsync_Expired_IsNullAndForgotten()
    {
        var clock = new ManualClock();
        var store = new AdminSessionStore(clock);
        var key = await store.StoreAsync(Ticket(clock, TimeSpan.FromHours(8)));

        clock.Advance(TimeSpan.FromHours(8));

        Assert.Null(await store.RetrieveAsync(key));
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public async Task RenewAsync_RemovedSession_DoesNotComeBack()
    {
        var clock = new ManualClock();
        var store = new AdminSessionStore(clock);
        var key = await store.StoreAsync(Ticket(clock, TimeSpan.FromHours(8)));
        await store.RemoveAsync(key);

        await store.RenewAsync(key, Ticket(clock, TimeSpan.FromHours(8)));

        Assert.Null(await store.RetrieveAsync(key));
    }

    [Fact]
    public async Task StoreAsync_BeyondTheMaximum_DropsTheOldestAndKeysDiffer()
    {
        var clock = new ManualClock();
        var store = new AdminSessionStore(clock);
        var first = await store.StoreAsync(Ticket(clock, TimeSpan.FromHours(8)));
        var keys = new HashSet<string> { first };
        for (var i = 0; i < AdminSessionStore.MaxSessions; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            keys.Add(await store.StoreAsync(Ticket(clock, TimeSpan.FromHours(8))));
        }

        Assert.Equal(AdminSessionStore.MaxSessions + 1, keys.Count);
        Assert.Equal(AdminSessionStore.MaxSessions, store.Count);
        Assert.Null(await store.RetrieveAsync(first));
    }
}
