using Dashboard.Data.Model;
using Dashboard.Data.Queries;
using Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Claims;

/// <summary>A fresh store built from the repository's data/ for one test, with its claim check; tests change it freely.</summary>
internal sealed class ShippedClaimStore : IDisposable
{
    private readonly TestDatabase _db = new();

    public ShippedClaimStore()
    {
        _db.Database.EnsureBuilt(Path.Combine(RepoPaths.Root, "data"));
        Claims = new ClaimQueries(_db.Database);
    }

    public ClaimQueries Claims { get; }

    public SqliteConnection Open() => _db.Open();

    /// <summary>The claim with this id (not a context reading), checked now.</summary>
    public async Task<ClaimCheck> ClaimAsync(string id) => Assert.Single(await Claims.GetClaimChecksAsync(), c => c.Claim.Id == id);

    /// <summary>The context reading with this id, checked now.</summary>
    public async Task<ClaimCheck> ContextAsync(string id) =>
        Assert.Single((await Claims.GetClaimChecksAsync()).SelectMany(c => c.Context), c => c.Claim.Id == id);

    public void Dispose() => _db.Dispose();
}
