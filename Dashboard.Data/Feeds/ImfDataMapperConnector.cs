using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Model;

namespace Dashboard.Data.Feeds;

/// <summary>
/// The IMF DataMapper API (<c>/api/v1/{indicator}/{country}/{country}…</c>): the answer is
/// <c>{"values": {"NGDP_RPCH": {"KAZ": {"2022": 3.2, …}, …}}}</c>, codes only. The indicator's label, unit and source
/// come from <c>/api/v1/indicators</c> (the feed may name them instead). The values are written as a long table of
/// countries by year (<c>ISO,Year,{indicator}</c>) for the country-table reader, which checks every code; group codes
/// (WEOWORLD, EU, …) are left out, since they are no countries.
/// </summary>
public sealed partial class ImfDataMapperConnector : IFeedConnector
{
    public FeedKind Kind => FeedKind.Imf;

    public string Example => "https://www.imf.org/external/datamapper/api/v1/NGDP_RPCH/KAZ/KGZ/TJK/TKM/UZB";

    public string? CheckUrl(Uri url) => Path().Match(url.AbsolutePath) is { Success: true } m && m.Groups["indicator"].Value != "indicators"
        ? null
        : $"is not an IMF DataMapper API URL: expected …/api/v1/{{indicator}}/{{country}}/…, e.g. {Example}";

    public async Task<FetchedFile?> FetchAsync(Feed feed, FeedHttp http, CancellationToken ct)
    {
        var match = Path().Match(feed.Url.AbsolutePath);
        var code = match.Groups["indicator"].Value;
        var response = await http.GetAsync(feed.Url, feed.ETag, feed.LastModified, ct);
        if (response is null)
        {
            return null;
        }

        var values = ReadValues(response.Body, feed.Url, code);
        var metadata = await MetadataAsync(feed, http, match.Groups["api"].Value, code, ct);
        var named = feed.Reading.Indicator;
        var indicator = new TableIndicator
        {
            Id = named?.Id ?? "imf-" + ReaderSupport.Slug(code, 70),
            Name = named?.Name ?? metadata?.Label,
            Unit = named?.Unit ?? metadata?.Unit,
            Dimension = named?.Dimension,
            Column = code,
        };
        var edition = metadata?.Source;
        return new FetchedFile
        {
            Content = Table(values, code),
            FileName = $"imf-datamapper-{ReaderSupport.Slug(code, 60)}.csv",
            Edition = edition,
            ETag = response.ETag,
            LastModified = response.LastModified,
            Indicator = indicator,
            Notes = values.Keys.Where(k => !IsCountry(k)).ToList() is { Count: > 0 } groups
                ? [string.Create(CultureInfo.InvariantCulture, $"left out {groups.Count} groups and regions that are no countries: {string.Join(", ", groups.Take(20))}{(groups.Count > 20 ? ", …" : "")}")]
                : [],
            NewSource = feed.SourceId is null
                ? new Source
                {
                    Id = "imf-datamapper-" + ReaderSupport.Slug(code, 60),
                    Citation = $"International Monetary Fund. {metadata?.Label ?? code} ({code}){(edition is null ? "" : ", " + edition)}. IMF DataMapper.",
                    Url = $"https://www.imf.org/external/datamapper/{code}",
                    Publisher = "International Monetary Fund",
                    Licence = "IMF copyright and usage terms (free with attribution)",
                    Edition = edition,
                }
                : null,
        };
    }

    /// <summary>country → year → value; null values are left out.</summary>
    private static SortedDictionary<string, SortedDictionary<string, double>> ReadValues(byte[] body, Uri url, string code)
    {
        using var json = FeedJson.Parse(body, url);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FeedFetchException($"{url}: expected a JSON object with \"values\"; nothing was read");
        }

        if (!root.TryGetProperty("values", out var all) || all.ValueKind != JsonValueKind.Object || !all.TryGetProperty(code, out var series))
        {
            throw new FeedFetchException($"{url}: the API returned no values for {code}: check the indicator code and the country codes");
        }

        var values = new SortedDictionary<string, SortedDictionary<string, double>>(StringComparer.Ordinal);
        if (series.ValueKind != JsonValueKind.Object)
        {
            throw new FeedFetchException($"{url}: values.{code} is not an object of countries; nothing was read");
        }

        foreach (var country in series.EnumerateObject())
        {
            if (country.Value.ValueKind != JsonValueKind.Object)
            {
                throw new FeedFetchException($"{url}: values.{code}.{FeedJson.Shorten(country.Name)} is not an object of years; nothing was read");
            }

            var years = new SortedDictionary<string, double>(StringComparer.Ordinal);
            foreach (var year in country.Value.EnumerateObject())
            {
                if (year.Name.Length != 4 || !int.TryParse(year.Name, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    throw new FeedFetchException($"{url}: '{FeedJson.Shorten(year.Name)}' under {FeedJson.Shorten(country.Name)} is not a year; nothing was read");
                }

                if (FeedJson.Number(year.Value, () => $"{url}: {country.Name} {year.Name}") is { } value)
                {
                    years[year.Name] = value;
                }
            }

            values[country.Name] = years;
        }

        return values;
    }

    private static async Task<Metadata?> MetadataAsync(Feed feed, FeedHttp http, string api, string code, CancellationToken ct)
    {
        var named = feed.Reading.Indicator;
        var url = new UriBuilder(feed.Url) { Path = api + "/indicators", Query = "" }.Uri;
        try
        {
            var response = await http.GetAsync(url, ct);
            using var json = FeedJson.Parse(response.Body, url);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("indicators", out var all)
                   && all.ValueKind == JsonValueKind.Object && all.TryGetProperty(code, out var one)
                ? new Metadata(Clean(FeedJson.Text(one, "label")), Clean(FeedJson.Text(one, "unit")), Clean(FeedJson.Text(one, "source")))
                : null;
        }
        catch (FeedFetchException) when (named?.Name is not null && named.Unit is not null)
        {
            // The feed names the indicator itself: the metadata would only have added the edition.
            return null;
        }
    }

    /// <summary>
    /// A country's code: the DataMapper also answers for groups and regions (WEOWORLD, ADVEC, EUQ), whose codes are no
    /// ISO 3166 alpha-3 codes of a country; those are left out and named (<see cref="FetchedFile.Notes"/>).
    /// </summary>
    private static bool IsCountry(string code) => ContractTables.IsIsoAlpha3(code) && CountryNames.NameOf(code) is not null;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A long table, one row per country and year, countries in code order: the same values give the same bytes.</summary>
    private static byte[] Table(SortedDictionary<string, SortedDictionary<string, double>> values, string code)
    {
        var csv = new StringBuilder("ISO,Year,").Append(FeedJson.Quote(code)).Append('\n');
        foreach (var (country, years) in values.Where(v => IsCountry(v.Key)))
        {
            foreach (var (year, value) in years)
            {
                csv.Append(country).Append(',').Append(year).Append(',').Append(FeedJson.Cell(value)).Append('\n');
            }
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    [GeneratedRegex(@"^(?<api>.*/api/v1)/(?<indicator>[A-Za-z0-9_.]+)(?:/[A-Za-z0-9_]+)*/?$", RegexOptions.CultureInvariant)]
    private static partial Regex Path();

    private sealed record Metadata(string? Label, string? Unit, string? Source);
}
