using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dashboard.Data.Feeds;

/// <summary>
/// The World Bank Indicators API v2 (<c>/v2/country/{codes}/indicator/{code}?format=json</c>, WDI and, with
/// <c>source=6</c>, IDS). The answer is paged: each page is a JSON array <c>[pageInfo, rows]</c> (<c>page</c>,
/// <c>pages</c>, <c>per_page</c>, <c>total</c>, <c>lastupdated</c>); every page is read, and the pages must agree with
/// each other and hold exactly <c>total</c> rows. The rows are written in the World Bank's own bulk CSV layout (what
/// its CSV download holds: "Data Source" and "Last Updated Date" lines, then Country Name, Country Code, Indicator
/// Name, Indicator Code and one column per year), so the World Bank reader reads them with its checks (country code
/// and name agree, aggregates left out, edition and source from the lines).
/// </summary>
public sealed partial class WorldBankApiConnector : IFeedConnector
{
    /// <summary>Rows per page asked for (the API allows far more; fewer pages, fewer requests).</summary>
    public int PageSize { get; init; } = 1000;

    /// <summary>More pages than this is refused (a runaway answer, or a query for far more than a dashboard shows).</summary>
    public int MaxPages { get; init; } = 200;

    public FeedKind Kind => FeedKind.WorldBank;

    public string Example => "https://api.worldbank.org/v2/country/KAZ;KGZ;TJK;TKM;UZB/indicator/NY.GDP.MKTP.CD?format=json";

    public string? CheckUrl(Uri url) => Path().IsMatch(url.AbsolutePath)
        ? null
        : $"is not a World Bank API v2 indicator URL: expected /v2/country/{{codes}}/indicator/{{code}}, e.g. {Example}";

    public async Task<FetchedFile?> FetchAsync(Feed feed, FeedHttp http, CancellationToken ct)
    {
        var firstUrl = PageUrl(feed.Url, 1);
        var first = await http.GetAsync(firstUrl, feed.ETag, feed.LastModified, ct);
        if (first is null)
        {
            return null;
        }

        var (info, rows) = ReadPage(first.Body, firstUrl);
        if (info.Pages > MaxPages)
        {
            throw new FeedFetchException(string.Create(CultureInfo.InvariantCulture,
                $"{firstUrl}: {info.Total:N0} rows in {info.Pages:N0} pages, more than {MaxPages} pages: ask for fewer countries, indicators or years"));
        }

        for (var page = 2; page <= info.Pages; page++)
        {
            var url = PageUrl(feed.Url, page);
            var (next, more) = ReadPage((await http.GetAsync(url, ct)).Body, url);
            if (next.Pages != info.Pages || next.Total != info.Total || next.LastUpdated != info.LastUpdated)
            {
                throw new FeedFetchException($"{url}: the pages disagree (page 1 announced {info.Total} rows in {info.Pages} pages, last updated {info.LastUpdated}; page {page} {next.Total} in {next.Pages}, {next.LastUpdated}): the data changed while it was read; nothing was read");
            }

            rows.AddRange(more);
        }

        if (rows.Count != info.Total)
        {
            throw new FeedFetchException(string.Create(CultureInfo.InvariantCulture,
                $"{firstUrl}: the pages held {rows.Count:N0} rows, not the {info.Total:N0} the API announced; nothing was read"));
        }

        if (rows.Count == 0)
        {
            throw new FeedFetchException($"{firstUrl}: the API returned no rows: check the country codes, the indicator code and the source");
        }

        var code = Path().Match(feed.Url.AbsolutePath).Groups["indicator"].Value;
        return new FetchedFile
        {
            Content = BulkCsv(info, rows, firstUrl),
            FileName = $"API_{Uri.UnescapeDataString(code).Split(';')[0]}_worldbank-api.csv",
            Edition = info.LastUpdated is { } updated ? "Last Updated " + updated : null,
            ETag = first.ETag,
            LastModified = first.LastModified,
        };
    }

    /// <summary>The feed's URL asking for JSON, <see cref="PageSize"/> rows a page, page <paramref name="page"/>; its other parameters kept.</summary>
    public Uri PageUrl(Uri url, int page)
    {
        var kept = url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p.Split('=')[0].ToLowerInvariant() is not ("format" or "per_page" or "page"));
        var query = string.Join('&', kept.Append("format=json")
            .Append("per_page=" + PageSize.ToString(CultureInfo.InvariantCulture))
            .Append("page=" + page.ToString(CultureInfo.InvariantCulture)));
        return new UriBuilder(url) { Query = query }.Uri;
    }

    private static (PageInfo Info, List<Row> Rows) ReadPage(byte[] body, Uri url)
    {
        using var json = FeedJson.Parse(body, url);
        var root = json.RootElement;
        if (root.ValueKind == JsonValueKind.Array && root.GetArrayLength() >= 1 && root[0].ValueKind == JsonValueKind.Object
            && root[0].TryGetProperty("message", out var messages) && messages.ValueKind == JsonValueKind.Array)
        {
            // The API's errors: [{"message":[{"id":"120","key":"Invalid value","value":"The provided parameter value is not valid"}]}]
            var said = string.Join("; ", messages.EnumerateArray().Select(m => $"{FeedJson.Text(m, "key")}: {FeedJson.Text(m, "value")} ({FeedJson.Text(m, "id")})"));
            throw new FeedFetchException($"{url}: the World Bank API refused the query: {said}");
        }

        if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != 2 || root[0].ValueKind != JsonValueKind.Object)
        {
            throw new FeedFetchException($"{url}: expected the API's [page information, rows] array; nothing was read");
        }

        var head = root[0];
        var info = new PageInfo(FeedJson.Integer(head, "page", url), FeedJson.Integer(head, "pages", url), FeedJson.Integer(head, "total", url),
            FeedJson.Text(head, "lastupdated"), FeedJson.Text(head, "sourceid"), FeedJson.Text(head, "sourcename"));
        var rows = new List<Row>();
        if (root[1].ValueKind == JsonValueKind.Null)
        {
            return (info, rows);
        }

        if (root[1].ValueKind != JsonValueKind.Array)
        {
            throw new FeedFetchException($"{url}: the rows are not an array; nothing was read");
        }

        var n = 0;
        foreach (var row in root[1].EnumerateArray())
        {
            n++;
            var where = () => string.Create(CultureInfo.InvariantCulture, $"{url}: row {n}");
            var indicator = row.TryGetProperty("indicator", out var i) ? i : default;
            var country = row.TryGetProperty("country", out var c) ? c : default;
            var date = FeedJson.Text(row, "date");
            var indicatorId = FeedJson.Text(indicator, "id");
            if (indicatorId is null || date is null || !row.TryGetProperty("value", out var value))
            {
                throw new FeedFetchException($"{where()}: lacks indicator.id, date or value; nothing was read");
            }

            if (date.Length != 4 || !int.TryParse(date, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                throw new FeedFetchException($"{where()}: the date '{FeedJson.Shorten(date)}' is not a year; only yearly series are read (leave out a quarterly or monthly frequency)");
            }

            rows.Add(new Row(indicatorId, FeedJson.Text(indicator, "value") ?? indicatorId, FeedJson.Text(row, "countryiso3code") ?? "",
                FeedJson.Text(country, "value") ?? "", date, FeedJson.Number(value, where)));
        }

        return (info, rows);
    }

    /// <summary>The rows in the World Bank's bulk CSV layout, in a fixed order (the same data gives the same bytes).</summary>
    private static byte[] BulkCsv(PageInfo info, List<Row> rows, Uri url)
    {
        var years = rows.Select(r => r.Date).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var cells = new Dictionary<(string Indicator, string Code, string Name), Dictionary<string, double?>>();
        foreach (var row in rows)
        {
            var key = (row.IndicatorId, row.Iso3, row.CountryName);
            if (!cells.TryGetValue(key, out var byYear))
            {
                cells[key] = byYear = new Dictionary<string, double?>(StringComparer.Ordinal);
            }

            if (!byYear.TryAdd(row.Date, row.Value))
            {
                throw new FeedFetchException($"{url}: {row.CountryName} ({row.Iso3}) {row.Date} of {row.IndicatorId} comes twice; nothing was read");
            }
        }

        var names = rows.GroupBy(r => r.IndicatorId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().IndicatorName, StringComparer.Ordinal);
        var csv = new StringBuilder();
        var source = info.SourceName ?? info.SourceId switch
        {
            "2" => "World Development Indicators",
            "6" => "International Debt Statistics",
            null => "World Development Indicators",
            var id => "World Bank API source " + id,
        };
        csv.Append("\"Data Source\",").Append(FeedJson.Quote(source)).Append(",\n\n");
        if (info.LastUpdated is { } updated)
        {
            csv.Append("\"Last Updated Date\",").Append(FeedJson.Quote(updated)).Append(",\n\n");
        }

        csv.Append("\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\"");
        foreach (var year in years)
        {
            csv.Append(',').Append(FeedJson.Quote(year));
        }

        csv.Append('\n');
        foreach (var (key, byYear) in cells.OrderBy(k => k.Key.Indicator, StringComparer.Ordinal).ThenBy(k => k.Key.Code, StringComparer.Ordinal)
            .ThenBy(k => k.Key.Name, StringComparer.Ordinal))
        {
            csv.Append(FeedJson.Quote(key.Name)).Append(',').Append(FeedJson.Quote(key.Code)).Append(',')
                .Append(FeedJson.Quote(names[key.Indicator])).Append(',').Append(FeedJson.Quote(key.Indicator));
            foreach (var year in years)
            {
                csv.Append(',').Append(FeedJson.Quote(byYear.TryGetValue(year, out var v) && v is { } x ? FeedJson.Cell(x) : ""));
            }

            csv.Append('\n');
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    [GeneratedRegex(@"^/v2/(?:[a-z]{2}/)?countr(?:y|ies)/(?<countries>[^/]+)/indicators?/(?<indicator>[^/]+)/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Path();

    private sealed record PageInfo(long Page, long Pages, long Total, string? LastUpdated, string? SourceId, string? SourceName);

    private sealed record Row(string IndicatorId, string IndicatorName, string Iso3, string CountryName, string Date, double? Value);
}
