using System.Text.Json;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Model;

namespace Dashboard.Data.Feeds;

/// <summary>
/// Our World in Data's metadata JSON beside a grapher CSV: <c>chart</c> (title, citation, originalChartUrl) and
/// <c>columns</c>, keyed by the CSV's column header, each with <c>titleShort</c>/<c>titleLong</c>, <c>unit</c>/
/// <c>shortUnit</c>, <c>shortName</c>, <c>lastUpdated</c> and <c>citationShort</c>/<c>citationLong</c>. Gives the
/// columns' names and units, the citation (as a source) and the edition (the last update).
/// </summary>
public sealed record OwidMetadata(IReadOnlyDictionary<string, TableIndicator> Columns, Source? Source, string? Edition)
{
    public static OwidMetadata Read(byte[] body, Uri url, string fileStem)
    {
        using var json = FeedJson.Parse(body, url);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("columns", out var columns) || columns.ValueKind != JsonValueKind.Object)
        {
            throw new FeedFetchException($"{url}: not an OWID metadata file (no \"columns\")");
        }

        var chart = root.TryGetProperty("chart", out var c) && c.ValueKind == JsonValueKind.Object ? c : default;
        var described = new Dictionary<string, TableIndicator>(StringComparer.Ordinal);
        string? citation = null, updated = null;
        foreach (var column in columns.EnumerateObject().Where(col => col.Value.ValueKind == JsonValueKind.Object))
        {
            var meta = column.Value;
            var name = Clean(FeedJson.Text(meta, "titleShort")) ?? Clean(FeedJson.Text(meta, "titleLong")) ?? Clean(FeedJson.Text(chart, "title"));
            var indicator = new TableIndicator { Id = column.Name, Name = name, Unit = Clean(FeedJson.Text(meta, "unit")) ?? Clean(FeedJson.Text(meta, "shortUnit")) };
            described[column.Name] = indicator;

            // A CSV downloaded with useColumnShortNames=true has the short names as headers.
            if (Clean(FeedJson.Text(meta, "shortName")) is { } shortName)
            {
                described.TryAdd(shortName, indicator);
            }

            citation ??= Clean(FeedJson.Text(meta, "citationLong")) ?? Clean(FeedJson.Text(meta, "citationShort"));
            updated ??= Clean(FeedJson.Text(meta, "lastUpdated"));
        }

        citation ??= Clean(FeedJson.Text(chart, "citation")) is { } short_ ? short_ + " – processed by Our World in Data" : null;
        var chartUrl = Clean(FeedJson.Text(chart, "originalChartUrl"));
        var source = citation is null ? null : new Source
        {
            Id = "owid-" + ReaderSupport.Slug(fileStem, 70),
            Citation = citation.Contains("Our World in Data", StringComparison.OrdinalIgnoreCase) ? citation : citation + " Via Our World in Data.",
            Url = chartUrl is not null && ContractTables.IsPlainHttpUrl(chartUrl) ? chartUrl : null,
            Publisher = "Our World in Data",
            Licence = "CC BY 4.0",
            Edition = updated is null ? null : "Last updated " + updated,
        };
        return new OwidMetadata(described, source, updated is null ? null : "Last updated " + updated);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
