using System.Net;
using System.Text;
using Dapper;
using Dashboard.Data;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Formats;
using Dashboard.Tests.Import.Formats;
using Dashboard.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Endpoints;

/// <summary>
/// Issue 16 part 5: SIPRI's non-state actors get NS-… codes on import, and the one selection parser accepts every
/// code the store holds, on chart URLs, Compare and the API alike.
/// </summary>
public sealed class NonStateActorSelectionTests : IDisposable
{
    private readonly AdminAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    /// <summary>Imports the SIPRI fixture plus deliveries to a listed and an unlisted non-state actor; returns the NS- codes stored.</summary>
    private List<string> ImportWithNonStateActors()
    {
        var text = File.ReadAllText(FormatFixtures.PathOf("sipri-trade-register.csv")).TrimEnd() + "\n" +
            "1098,Russia,Northern Alliance (Afghanistan)*,Model X,APC,Armoured vehicles,2015,No,4,No,2016,No,New,1,1,4,No\n" +
            "1099,China,Steppe Riders*,Model Y,UAV,Aircraft,2016,No,2,No,2017,No,New,1.5,1.5,3,No\n";
        var database = _app.Services.GetRequiredService<Database>();
        using var c = database.Open();
        var report = ImportEngine.Run(c, new MemoryStream(Encoding.UTF8.GetBytes(text)),
            new FileImportOptions { DatasetId = "sipri-ns", FileName = "sipri-ns.csv" }, DatasetReaders.All, keep: false);
        Assert.True(report.Applied, string.Join("\n", report.Errors));
        return c.Query<string>("SELECT DISTINCT entity_code FROM observations WHERE entity_code LIKE 'NS-%' ORDER BY 1").ToList();
    }

    [Fact]
    public async Task ChartApiAndCompare_NonStateActorCodesFromSipri_Accepted()
    {
        using var client = _app.CreateClient();
        var codes = ImportWithNonStateActors();

        Assert.Contains("NS-NA-AFG", codes);
        Assert.Equal(2, codes.Count);
        foreach (var code in codes)
        {
            using var csv = await client.GetAsync($"/charts/arms-tiv-delivered.csv?entities={code}");
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            Assert.Contains($",{code},", lines[1], StringComparison.Ordinal);

            using var png = await client.GetAsync($"/charts/arms-tiv-delivered.png?entities={code.ToLowerInvariant()}");
            Assert.Equal(HttpStatusCode.OK, png.StatusCode);

            using var api = await client.GetAsync($"/api/observations?indicator=arms-tiv-delivered&entities={code}");
            Assert.Equal(HttpStatusCode.OK, api.StatusCode);
            Assert.Contains($"\"entityCode\":\"{code}\"", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            using var compare = await client.GetAsync($"/compare?indicator=arms-tiv-delivered&entities={code}");
            Assert.Equal(HttpStatusCode.OK, compare.StatusCode);
        }
    }

    [Fact]
    public async Task Chart_NonStateCodeNotInTheStore_400NamingEntities()
    {
        using var client = _app.CreateClient();
        ImportWithNonStateActors();

        using var response = await client.GetAsync("/charts/arms-tiv-delivered.csv?entities=NS-NOBODY");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"entities\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
