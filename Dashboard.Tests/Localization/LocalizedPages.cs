using System.Globalization;
using CsvHelper;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Localization;

/// <summary>The reader-facing pages to crawl in each language, and the data texts (English until translated in data/) a page may show.</summary>
internal static class LocalizedPages
{
    public static readonly string[] Cultures = ["ru", "tr"];

    /// <summary>Every public page (site paths, without a language) with the status it answers.</summary>
    public static IReadOnlyList<(string Path, int Status)> All()
    {
        var pages = new List<(string, int)>
        {
            ("/", 200), ("/indicators", 200), ("/compare", 200), ("/compare?indicator=public-debt-share-china&entities=KGZ,TJK", 200),
            ("/compare?indicator=public-debt-share-china&kind=map", 200), ("/compare?indicator=arms-import-share&kind=map", 400), ("/timeline", 200), ("/timeline?actor=CHN&dimension=military", 200),
            ("/sources", 200), ("/claims", 200), ("/export", 200), ("/export/chart?indicator=top500-systems&preset=document&format=svg", 200),
            ("/present?deck=paper", 200), ("/present?deck=paper&slide=1&revealed=1", 200), ("/api-docs", 200), ("/status/404", 404),
            ("/no-such-page", 404),
            // Messages of refused values, in the reader's language.
            ("/compare?indicator=ai-strategy-events", 400), ("/compare?indicator=no-such-indicator", 400), ("/compare?indicator=public-debt-share-china&page=x", 400),
            ("/timeline?actor=XXX", 400), ("/timeline?dimension=cooking", 400), ("/indicators/public-debt-share-china?page=99", 400),
            ("/export/chart?indicator=top500-systems&format=gif", 400), ("/embed/no-such-indicator", 404),
        };
        foreach (var id in IndicatorIds())
        {
            pages.Add(("/indicators/" + id, 200));
            pages.Add(("/embed/" + id, 200));
        }

        return pages;
    }

    public static IReadOnlyList<string> IndicatorIds() => Rows("indicators.csv").Select(r => r["id"]).ToList();

    /// <summary>
    /// Every text cell of the shipped data (names, units, descriptions, citations, titles, notes, locators, claim
    /// wordings): texts of the data, not of the pages, in English until data/ has their translations.
    /// </summary>
    public static IReadOnlyList<string> DataTexts()
    {
        var files = Directory.GetFiles(RepoPaths.ShippedData, "*.csv", SearchOption.AllDirectories);
        return files.SelectMany(f => Rows(Path.GetRelativePath(RepoPaths.ShippedData, f)))
            .SelectMany(r => r.Values)
            .Where(v => v.Any(char.IsLetter) && v.Length > 2)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(v => v.Length)
            .ToList();
    }

    private static List<Dictionary<string, string>> Rows(string file)
    {
        using var reader = new StreamReader(Path.Combine(RepoPaths.ShippedData, file));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = new List<Dictionary<string, string>>();
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        while (csv.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h) ?? "", StringComparer.Ordinal));
        }

        return rows;
    }
}
