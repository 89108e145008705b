using Dapper;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Formats;
using Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Dashboard.Tests.Import.Formats;

/// <summary>Reads the full raw files of ../shared/sources through the readers; skips (with the reason) where they are absent.</summary>
public sealed class SharedSourcesImportTests(ITestOutputHelper output, SkipNotice skip) : IClassFixture<SkipNotice>, IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private SqliteConnection SeededStore()
    {
        if (!SharedSources.Available)
        {
            output.WriteLine("Skipped: " + SharedSources.MissingReason);
        }

        skip.IfNot(SharedSources.Available, SharedSources.MissingReason);
        var c = _db.Open();
        // The shipped dictionary (sources, indicators, entities) without the shipped observations, which overlap.
        DataFolderImporter.Import(c, Path.Combine(SharedSources.RepoRoot!, "data"));
        c.Execute("DELETE FROM observations; DELETE FROM datasets;");
        return c;
    }

    private static DatasetImportReport Import(SqliteConnection c, string relative, string datasetId, string sourceId)
    {
        using var stream = File.OpenRead(SharedSources.PathOf(relative));
        var report = ImportEngine.Run(c, stream, new FileImportOptions { DatasetId = datasetId, FileName = relative, SourceId = sourceId },
            DatasetReaders.All, keep: false);
        Assert.True(report.Applied, string.Join("\n", report.Errors));
        return report;
    }

    private static double Value(SqliteConnection c, string indicator, string entity, string period, string? counterpart = null) =>
        c.ExecuteScalar<double>(
            "SELECT value FROM observations WHERE indicator_id = @indicator AND entity_code = @entity AND period = @period AND IFNULL(counterpart_code, '') = IFNULL(@counterpart, '')",
            new { indicator, entity, period, counterpart });

    [SkippableFact]
    public void Import_FullTop500File_November2019CountsOfThePaper()
    {
        using var c = SeededStore();

        var result = Import(c, "top500/top500-lists-1993-2026.csv", "top500-full", "top500");

        Assert.Equal("lists 1993-06 to 2026-06", result.Edition);
        Assert.Equal(228, Value(c, "top500-systems", "CHN", "2019-11"));
        Assert.Equal(117, Value(c, "top500-systems", "USA", "2019-11"));
        Assert.Equal(3, Value(c, "top500-systems", "RUS", "2019-11"));
        Assert.Equal(2, Value(c, "top500-systems", "KAZ", "2025-11"));
        Assert.Equal(1, Value(c, "top500-systems", "UZB", "2026-06"));
        Assert.Equal(67 * 500, c.ExecuteScalar<long>("SELECT SUM(value) FROM observations WHERE indicator_id = 'top500-systems'"));
    }

    [SkippableFact]
    public void Import_FullSipriFile_CentralAsia2010To2014TotalsOfSourcesMd()
    {
        using var c = SeededStore();

        var result = Import(c, "sipri/trade-register-2000-2023.csv", "sipri-full", "sipri-at-2025");

        Assert.Equal("data generated 3 Jan 2025", result.Edition);
        const string Sum = """
            SELECT ROUND(SUM(value), 2) FROM observations
            WHERE indicator_id = 'arms-tiv-delivered' AND entity_code IN ('KAZ', 'KGZ', 'TJK', 'TKM', 'UZB')
              AND CAST(period AS INTEGER) BETWEEN 2010 AND 2014 AND (@supplier IS NULL OR counterpart_code = @supplier)
            """;
        Assert.Equal(1013.42, c.ExecuteScalar<double>(Sum, new { supplier = (string?)null }));
        Assert.Equal(16.2, c.ExecuteScalar<double>(Sum, new { supplier = "CHN" }));
    }

    [SkippableFact]
    public void Import_FullWdiFile_GdpAndInternetUsersOfSourcesMd()
    {
        using var c = SeededStore();

        var result = Import(c, "wdi/API_KAZ_DS2_en_csv_v2_18751.csv", "wdi-full", "wdi-kaz");

        Assert.Equal("Last Updated 2026-04-08", result.Edition);
        Assert.Equal(148.05, Math.Round(Value(c, "wdi-ny-gdp-mktp-cd", "KAZ", "2010") / 1e9, 2));
        Assert.Equal(291.48, Math.Round(Value(c, "wdi-ny-gdp-mktp-cd", "KAZ", "2024") / 1e9, 2));
        Assert.Equal(31.6, Math.Round(Value(c, "wdi-it-net-user-zs", "KAZ", "2010"), 1));
        Assert.Equal(93.4, Math.Round(Value(c, "wdi-it-net-user-zs", "KAZ", "2024"), 1));
        Assert.True(result.NewIndicators.Count > 1000, $"{result.NewIndicators.Count} indicators");
    }

    [SkippableFact]
    public void Import_FullOwidFiles_AiPublications2023OfSourcesMd()
    {
        using var c = SeededStore();

        Import(c, "cset-owid/annual-scholarly-publications-on-artificial-intelligence.csv", "pubs", "cset-owid");
        Import(c, "cset-owid/private-investment-in-artificial-intelligence-cset.csv", "invest", "cset-owid");
        Import(c, "cset-owid/artificial-intelligence-patents-submitted.csv", "patents", "cset-owid");
        Import(c, "cset-owid/cumulative-number-of-large-scale-ai-systems-by-country.csv", "systems", "cset-owid");

        const string Pubs = "annual-scholarly-publications-on-artificial-intelligence";
        Assert.Equal(103493, Value(c, Pubs, "CHN", "2023"));
        Assert.Equal(50039, Value(c, Pubs, "USA", "2023"));
        Assert.Equal(3633, Value(c, Pubs, "RUS", "2023"));
        Assert.Equal(487, Value(c, Pubs, "KAZ", "2023"));
        Assert.Equal(3, Value(c, Pubs, "TKM", "2023"));
        Assert.True(Value(c, "private-investment-in-artificial-intelligence-cset-all", "CHN", "2020") > 0);
    }
}
