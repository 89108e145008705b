using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Admin;

/// <summary>
/// A re-upload of the same file under the same dataset id, read with another value column, stores other rows: the data
/// version (and with it the API's ETag and output cache) must change, so the removed rows are never served again.
/// Before the data version was computed from the stored rows, the API answered 304 to the old ETag and kept serving
/// the old values.
/// </summary>
public sealed class UploadDataVersionTests : IDisposable
{
    private const string Trade = "iso3,year,exports,imports\nKAZ,2019,10,20\nUZB,2019,5,6\n";

    private readonly AdminAppFactory _factory = new();
    private readonly AdminSession _session;

    public UploadDataVersionTests() => _session = new AdminSession(_factory);

    public void Dispose()
    {
        _session.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Upload_SameFileAndDatasetWithAnotherColumn_ApiChangesEtagAndServesTheNewRows()
    {
        await _session.SignInAsync();
        var (_, first) = await _session.UploadAndCheckAsync("trade.csv", Encoding.UTF8.GetBytes(Trade), "trade", "paper",
            fields: new Dictionary<string, string> { ["indicator"] = "trade-flow", ["indicator-name"] = "Trade flow", ["unit"] = "US$ bn", ["column"] = "exports" });
        await _session.ApplyAsync(first);
        const string Url = "/api/observations?indicator=trade-flow&entities=KAZ";
        var before = await _session.Client.GetAsync(Url);
        var etag = before.Headers.ETag;
        Assert.Contains("\"value\":10", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var (_, second) = await _session.UploadAndCheckAsync("trade.csv", Encoding.UTF8.GetBytes(Trade), "trade", "paper",
            fields: new Dictionary<string, string> { ["indicator"] = "trade-flow", ["column"] = "imports" });
        var applied = await _session.ApplyAsync(second);
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, Url);
        revalidate.Headers.IfNoneMatch.Add(etag!);
        var after = await _session.Client.SendAsync(revalidate);

        Assert.Contains("Applied: dataset <strong>trade</strong> now has 2 rows", applied, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag);
        var body = await after.Content.ReadAsStringAsync();
        Assert.Contains("\"value\":20", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"value\":10", body, StringComparison.Ordinal);
    }
}
