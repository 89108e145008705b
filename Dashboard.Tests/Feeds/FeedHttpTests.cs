using Dashboard.Data.Feeds;
using Dashboard.Tests.Support;
using Dashboard.Web.Feeds;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dashboard.Tests.Feeds;

/// <summary>The rules of the feeds' HTTP client: public addresses only (by default), allowed hosts, a size limit, a User-Agent naming the app.</summary>
public sealed class FeedHttpTests : IAsyncLifetime
{
    private FeedFixtureServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FeedFixtureServer.StartAsync();
        _server.On("/data.csv", FixtureResponse.Csv("Entity,Code,Year,Value\nKazakhstan,KAZ,2022,1\n"));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static (ServiceProvider Services, FeedOptions Options) Client(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddFeedHttp().BuildServiceProvider();
        return (services, services.GetRequiredService<IOptions<FeedOptions>>().Value);
    }

    private static FeedHttp Http(ServiceProvider services, FeedOptions options) =>
        FeedHttpRegistration.Create(services.GetRequiredService<IHttpClientFactory>(), options);

    [Fact]
    public async Task GetAsync_DefaultSettings_RefusesLoopbackWithoutAsking()
    {
        // Only the host is allowed here; the private-address rule keeps its default (on).
        var (services, options) = Client(("Feeds:AllowedHosts", "127.0.0.1"), ("Feeds:MaxRetries", "2"));
        await using var _ = services;
        Assert.False(options.AllowPrivateAddresses);

        var ex = await Assert.ThrowsAsync<FeedFetchException>(() => Http(services, options).GetAsync(_server.Url("/data.csv"), CancellationToken.None));

        Assert.Contains("no public address", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("93.184.216.34", true)]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946", true)]
    public void IsPublic_Address_OnlyPublicInternet(string address, bool expected) =>
        Assert.Equal(expected, PublicAddressGuard.IsPublic(System.Net.IPAddress.Parse(address)));

    [Fact]
    public async Task GetAsync_HostNotAllowed_RefusedBeforeAnyConnection()
    {
        var (services, options) = Client(("Feeds:AllowedHosts", "api.worldbank.org"), ("Feeds:AllowPrivateAddresses", "true"));
        await using var _ = services;

        var ex = await Assert.ThrowsAsync<FeedFetchException>(() => Http(services, options).GetAsync(_server.Url("/data.csv"), CancellationToken.None));

        Assert.Contains("the host 127.0.0.1 is not in Feeds:AllowedHosts (api.worldbank.org)", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task GetAsync_LargerThanTheLimit_Refused()
    {
        var (services, options) = Client(("Feeds:AllowedHosts", "127.0.0.1"), ("Feeds:AllowPrivateAddresses", "true"), ("Feeds:MaxResponseBytes", "20"));
        await using var _ = services;

        var ex = await Assert.ThrowsAsync<FeedFetchException>(() => Http(services, options).GetAsync(_server.Url("/data.csv"), CancellationToken.None));

        Assert.Contains("more than Feeds:MaxResponseBytes (20)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_AnyRequest_UserAgentNamesTheApp()
    {
        var (services, options) = Client(("Feeds:AllowedHosts", "127.0.0.1"), ("Feeds:AllowPrivateAddresses", "true"));
        await using var _ = services;

        var response = await Http(services, options).GetAsync(_server.Url("/data.csv"), CancellationToken.None);

        Assert.StartsWith("Entity,Code", System.Text.Encoding.UTF8.GetString(response.Body), StringComparison.Ordinal);
        Assert.StartsWith("GeoAI-Dashboard/", Assert.Single(_server.Requests).Header("User-Agent"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_UrlOfAHostNotAllowed_RefusedNamingTheSetting()
    {
        await using var h = await FeedHarness.StartAsync();

        var problems = h.Store.Add(new Feed
        {
            Id = "x", Kind = FeedKind.WorldBank, Url = new Uri("https://data.example.org/v2/country/KAZ/indicator/X?format=json"), Schedule = FeedSchedule.Daily, DatasetId = "x",
        }, FeedConnectors.All, h.Options.Limits);

        Assert.Contains("data.example.org is not in Feeds:AllowedHosts", problems["url"], StringComparison.Ordinal);
        Assert.Null(h.Store.Get("x"));
    }

    [Theory]
    [InlineData(FeedKind.WorldBank, "/v2/data.json", "is not a World Bank API v2 indicator URL")]
    [InlineData(FeedKind.Imf, "/external/datamapper/api/v2/x", "is not an IMF DataMapper API URL")]
    [InlineData(FeedKind.File, "/", "names no file")]
    public async Task Add_UrlNotOfTheKindsShape_RefusedWithAnExample(FeedKind kind, string path, string message)
    {
        await using var h = await FeedHarness.StartAsync();

        var problems = h.Store.Add(new Feed { Id = "x", Kind = kind, Url = h.Server.Url(path), Schedule = FeedSchedule.Daily, DatasetId = "x" }, FeedConnectors.All, h.Options.Limits);

        Assert.Contains(message, problems["url"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_ShippedDataset_Refused()
    {
        await using var h = await FeedHarness.StartAsync();

        var problems = h.Store.Add(new Feed { Id = "x", Kind = FeedKind.File, Url = h.Server.Url("/a.csv"), Schedule = FeedSchedule.Daily, DatasetId = "paper" },
            FeedConnectors.All, h.Options.Limits);

        Assert.Contains("is a shipped dataset", problems["dataset"], StringComparison.Ordinal);
    }
}
