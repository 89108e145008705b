using Dapper;
using Dashboard.Data.Feeds;
using Dashboard.Data.Import.Formats;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Feeds;

/// <summary>The CSV/xlsx URL connector (an OWID grapher download with its metadata JSON) and the IMF DataMapper connector, on loopback.</summary>
public sealed class FileAndImfFeedTests : IAsyncLifetime
{
    private FeedHarness _h = null!;

    public async Task InitializeAsync() => _h = await FeedHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Refresh_OwidGrapherCsvWithMetadata_NameUnitAndCitationFromTheMetadata()
    {
        _h.Server.On("/grapher/internet-users.csv", FixtureResponse.Csv(FeedHarness.FixtureText("owid-internet-users.csv")));
        _h.Server.On("/grapher/internet-users.metadata.json", FixtureResponse.Json(FeedHarness.FixtureText("owid-internet-users.metadata.json")));
        _h.Bind("owid-internet", FeedKind.File, "/grapher/internet-users.csv?v=1&csvType=full&useColumnShortNames=false");

        var attempt = (await _h.RefreshAsync("owid-internet")).Attempt;

        Assert.Equal(FeedOutcomes.Changed, attempt.Outcome);
        Assert.Equal("Last updated 2026-05-02", attempt.Edition);
        using var c = _h.Database.Open();
        var indicator = c.QuerySingle<(string Name, string Unit)>("SELECT name, unit FROM indicators WHERE id = 'internet-users'");
        Assert.Equal(("Share of the population using the Internet", "% of population"), indicator);
        var source = c.QuerySingle<(string Id, string Citation, string Edition)>(
            "SELECT s.id, s.citation, s.edition FROM sources s JOIN observations o ON o.source_id = s.id WHERE o.dataset_id = 'owid-internet' LIMIT 1");
        Assert.Equal("owid-internet-users", source.Id);
        Assert.StartsWith("International Telecommunication Union (via World Bank) (2026) – processed by Our World in Data.", source.Citation, StringComparison.Ordinal);
        Assert.Equal("Last updated 2026-05-02", source.Edition);
        Assert.Equal(92.3, _h.Value("internet-users", "KAZ", "2022"));
        // The world aggregate is no country.
        Assert.Equal(3, _h.Scalar("SELECT COUNT(*) FROM observations WHERE dataset_id = 'owid-internet'"));
        // The same query string asks for the metadata.
        Assert.Contains(_h.Server.Requests, r => r.Path == "/grapher/internet-users.metadata.json" && r.Query.Contains("csvType=full", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refresh_OwidWithoutMetadata_ReadAsAnyGrapherCsvAndSaidSo()
    {
        _h.Server.On("/grapher/internet-users.csv", FixtureResponse.Csv(FeedHarness.FixtureText("owid-internet-users.csv")));
        _h.Bind("owid-internet", FeedKind.File, "/grapher/internet-users.csv");

        var attempt = (await _h.RefreshAsync("owid-internet")).Attempt;

        Assert.Equal(FeedOutcomes.Changed, attempt.Outcome);
        Assert.Contains("no metadata JSON", attempt.Detail, StringComparison.Ordinal);
        using var c = _h.Database.Open();
        Assert.Equal("value", c.ExecuteScalar<string>("SELECT unit FROM indicators WHERE id = 'internet-users'"));
    }

    [Fact]
    public async Task Refresh_CsvWithETag_NextRefreshIsConditionalAndNotModified()
    {
        _h.Server.On("/files/internet.csv", FixtureResponse.Csv(FeedHarness.FixtureText("owid-internet-users.csv"), etag: "\"v1\""), FixtureResponse.Empty(304));
        _h.Bind("csv", FeedKind.File, "/files/internet.csv");
        await _h.RefreshAsync("csv");

        var attempt = (await _h.RefreshAsync("csv")).Attempt;

        Assert.Equal(FeedOutcomes.NotModified, attempt.Outcome);
        Assert.Equal("\"v1\"", _h.Server.Requests.Last().Header("If-None-Match"));
    }

    [Fact]
    public async Task Refresh_Imf_ValuesAsACountryTableWithTheMetadatasLabelAndUnit()
    {
        _h.Server.On("/external/datamapper/api/v1/NGDP_RPCH/KAZ/KGZ", FixtureResponse.Json(FeedHarness.FixtureText("imf-values-e1.json")));
        _h.Server.On("/external/datamapper/api/v1/indicators", FixtureResponse.Json(FeedHarness.FixtureText("imf-indicators.json")));
        _h.Bind("imf-growth", FeedKind.Imf, "/external/datamapper/api/v1/NGDP_RPCH/KAZ/KGZ");

        var attempt = (await _h.RefreshAsync("imf-growth")).Attempt;

        Assert.True(attempt.Outcome == FeedOutcomes.Changed, attempt.Detail);
        Assert.Equal("World Economic Outlook (October 2026)", attempt.Edition);
        Assert.Contains("left out 1 groups and regions that are no countries: WEOWORLD", attempt.Detail, StringComparison.Ordinal);
        using var c = _h.Database.Open();
        Assert.Equal(("Real GDP growth", "Annual percent change"), c.QuerySingle<(string, string)>("SELECT name, unit FROM indicators WHERE id = 'imf-ngdp-rpch'"));
        Assert.Equal(3.2, _h.Value("imf-ngdp-rpch", "KAZ", "2022"));
        Assert.Equal(6, _h.Scalar("SELECT COUNT(*) FROM observations WHERE dataset_id = 'imf-growth'"));
        Assert.Equal("imf-datamapper-ngdp-rpch", c.ExecuteScalar<string>("SELECT DISTINCT source_id FROM observations WHERE dataset_id = 'imf-growth'"));
    }

    [Fact]
    public async Task Refresh_ImfSecondEdition_RevisedAndAddedRecorded()
    {
        _h.Server.On("/external/datamapper/api/v1/NGDP_RPCH/KAZ/KGZ", FixtureResponse.Json(FeedHarness.FixtureText("imf-values-e1.json")),
            FixtureResponse.Json(FeedHarness.FixtureText("imf-values-e2.json")));
        _h.Server.On("/external/datamapper/api/v1/indicators", FixtureResponse.Json(FeedHarness.FixtureText("imf-indicators.json")));
        _h.Bind("imf-growth", FeedKind.Imf, "/external/datamapper/api/v1/NGDP_RPCH/KAZ/KGZ");
        await _h.RefreshAsync("imf-growth");

        var attempt = (await _h.RefreshAsync("imf-growth")).Attempt;

        Assert.Equal("1 values revised, 1 added, 0 removed", attempt.Detail!.Split(" (")[0]);
        Assert.Equal(3.3, _h.Value("imf-ngdp-rpch", "KAZ", "2022"));
        Assert.Equal(4.8, _h.Value("imf-ngdp-rpch", "KAZ", "2024"));
    }

    [Fact]
    public async Task Refresh_ImfNoValuesForTheIndicator_FailsNamingIt()
    {
        _h.Server.On("/external/datamapper/api/v1/NOPE/KAZ", FixtureResponse.Json("{\"api\":{\"version\":\"1\"}}"));
        _h.Bind("imf-nope", FeedKind.Imf, "/external/datamapper/api/v1/NOPE/KAZ",
            reading: new FeedReading { Indicator = new TableIndicator { Id = "imf-nope", Name = "Nope", Unit = "%" } });

        var attempt = (await _h.RefreshAsync("imf-nope")).Attempt;

        Assert.Equal(FeedOutcomes.Failed, attempt.Outcome);
        Assert.Contains("no values for NOPE", attempt.Detail, StringComparison.Ordinal);
        Assert.Equal(0, _h.Scalar("SELECT COUNT(*) FROM datasets WHERE id = 'imf-nope'"));
    }
}
