using System.Globalization;
using System.Net;
using CsvHelper;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Pages;

public sealed class OverviewPageTests(ShippedDataFactory factory) : IClassFixture<ShippedDataFactory>
{
    [Fact]
    public async Task Get_Overview_ShowsEachDimensionWithFindingAndKeyCharts()
    {
        var (response, doc) = await factory.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var dimension in new[] { "military", "economic", "political", "technology" })
        {
            var section = doc.QuerySelector($"section#{dimension}");
            Assert.NotNull(section);
            var finding = section.QuerySelector(".finding")?.TextContent;
            Assert.False(string.IsNullOrWhiteSpace(finding), dimension);
            Assert.Contains("Kalkan Küçüksolak & Fırat (2023)", section.QuerySelector(".finding-source")!.TextContent, StringComparison.Ordinal);
            var images = section.QuerySelectorAll("figure.chart img");
            Assert.NotEmpty(images);
            Assert.All(images, img => Assert.StartsWith("/charts/", img.GetAttribute("src"), StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Get_Overview_FindingsQuoteTheNumbersOfTheData()
    {
        var (_, doc) = await factory.GetPageAsync("/");

        Assert.Contains("1.5 % in 2010–2014 to 18 %", doc.QuerySelector("section#military .finding")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Almost 40 %", doc.QuerySelector("section#economic .finding")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1,200 cameras", doc.QuerySelector("section#political .finding")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("228", doc.QuerySelector("section#technology .finding")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Overview_MilitaryChartHasAltTextFromItsData()
    {
        var (_, doc) = await factory.GetPageAsync("/");

        var img = doc.QuerySelector("figure[data-chart='arms-import-share'] img");
        Assert.NotNull(img);
        Assert.Equal(VersionedUrl.Of(factory, "/charts/arms-import-share.png"), img.GetAttribute("src"));
        Assert.Equal(
            "Share of Central Asian arms imports by supplier: China rose from 1.5 % in 2010–2014 to 18 % in 2015–2019 (Kalkan Küçüksolak & Fırat 2023, citing Zanini 2022).",
            img.GetAttribute("alt"));
    }

    [Fact]
    public async Task Get_Overview_ListsEveryIndicatorOfDataWithItsObservationCount()
    {
        var expected = ReadObservationCounts();

        var (_, doc) = await factory.GetPageAsync("/");

        var rows = doc.QuerySelectorAll("#indicator-list tbody tr");
        Assert.Equal(expected.Count, rows.Length);
        foreach (var row in rows)
        {
            var id = row.GetAttribute("data-indicator")!;
            var kind = expected[id].Kind;
            var count = long.Parse(row.QuerySelector("[data-count]")!.GetAttribute("data-count")!, CultureInfo.InvariantCulture);
            if (kind is "timeline" or "table")
            {
                // Timelines and tables count the rows of events.csv / projects.csv instead.
                Assert.True(count > 0, id);
            }
            else
            {
                Assert.Equal(expected[id].Count, count);
            }

            Assert.Equal($"/indicators/{id}", row.QuerySelector("a")!.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task Get_Overview_EveryChartImageHasOneSentenceAltText()
    {
        var (_, doc) = await factory.GetPageAsync("/");

        var images = doc.QuerySelectorAll("img");
        Assert.NotEmpty(images);
        Assert.All(images, img =>
        {
            var alt = img.GetAttribute("alt");
            Assert.False(string.IsNullOrWhiteSpace(alt));
            Assert.EndsWith(".", alt, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Get_Overview_EachChartLinksToATableOfExactlyItsRows()
    {
        var (_, doc) = await factory.GetPageAsync("/");

        var figures = doc.QuerySelectorAll("figure.chart");
        var version = VersionedUrl.Parameter(factory);
        Assert.NotEmpty(figures);
        foreach (var figure in figures)
        {
            var id = figure.GetAttribute("data-chart")!;
            var versioned = figure.QuerySelector("img")!.GetAttribute("src")!;

            // The image URL carries v last; the table shows the data part.
            Assert.EndsWith(version, versioned, StringComparison.Ordinal);
            var src = versioned[..^(version.Length + 1)];
            var table = figure.QuerySelector("figcaption a")!.GetAttribute("href")!;
            var query = src.Contains('?', StringComparison.Ordinal) ? src[(src.IndexOf('?', StringComparison.Ordinal) + 1)..] : null;
            Assert.Equal(query is null ? $"/indicators/{id}#data" : $"/compare?indicator={id}&{query}#data", table);
        }
    }

    /// <summary>Indicator id → (chart kind, number of rows in data/observations/*.csv), read straight from the CSV files.</summary>
    internal static Dictionary<string, (string Kind, long Count)> ReadObservationCounts()
    {
        var result = new Dictionary<string, (string Kind, long Count)>(StringComparer.Ordinal);
        using (var reader = new StreamReader(Path.Combine(HtmlPages.DataFolder, "indicators.csv")))
        using (var csv = new CsvReader(reader, CultureInfo.InvariantCulture))
        {
            foreach (var row in csv.GetRecords<dynamic>())
            {
                var dict = (IDictionary<string, object>)row;
                result[(string)dict["id"]] = ((string)dict["chart_kind"], 0);
            }
        }

        foreach (var file in Directory.GetFiles(Path.Combine(HtmlPages.DataFolder, "observations"), "*.csv"))
        {
            using var reader = new StreamReader(file);
            using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
            foreach (var row in csv.GetRecords<dynamic>())
            {
                var id = (string)((IDictionary<string, object>)row)["indicator"];
                result[id] = (result[id].Kind, result[id].Count + 1);
            }
        }

        return result;
    }
}
