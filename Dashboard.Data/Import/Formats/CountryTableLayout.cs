using System.Text.RegularExpressions;
using Dashboard.Data.Import.Contract;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// Where a generic table of countries by year keeps its countries and years: the header record, the country columns
/// (a column whose cells are mostly three-letter codes, and one whose cells are mostly country names; where both are
/// there, <see cref="CountryIdentity"/> checks that they agree), and either a year column (long: one row per country
/// and year) or year columns (wide: one column per year, in any order, headed <c>2019</c> or <c>2019 [YR2019]</c>).
/// </summary>
public sealed partial record CountryTableLayout(int HeaderIndex, int CountryColumn, int? YearColumn, IReadOnlyList<(int Column, int Year)> YearColumns)
{
    /// <summary>The column of three-letter codes, or -1.</summary>
    public int CodeColumn { get; init; } = -1;

    /// <summary>The column of country names, or -1.</summary>
    public int NameColumn { get; init; } = -1;

    private const int MaxPreamble = 10;

    private static readonly string[] CountryWords =
        ["country", "country name", "country code", "countries", "iso3", "iso", "iso code", "iso_code", "iso3 code", "code", "entity", "economy", "nation", "страна", "ülke", "ulke", "land", "pays", "país", "pais"];

    private static readonly string[] YearWords = ["year", "years", "yr", "time", "год", "yıl", "yil", "jahr", "année", "annee", "año", "ano", "anno", "rok"];

    public bool IsWide => YearColumn is null;

    /// <summary>The layout of the first records, or null when they are not a country table.</summary>
    public static CountryTableLayout? Find(IReadOnlyList<string[]> records)
    {
        for (var h = 0; h < Math.Min(MaxPreamble, records.Count - 1); h++)
        {
            var header = records[h];
            var data = records.Skip(h + 1).ToList();
            var years = new List<(int, int)>();
            for (var i = 0; i < header.Length; i++)
            {
                if (YearHeader(header[i]) is { } year)
                {
                    years.Add((i, year));
                }
            }

            var country = FindCountryColumn(header, data, years.Select(y => y.Item1).ToHashSet());
            if (country < 0)
            {
                continue;
            }

            var (code, name) = CodeAndName(header, data, years.Select(y => y.Item1).ToHashSet(), country);
            if (years.Count >= 2)
            {
                return new CountryTableLayout(h, country, null, years) { CodeColumn = code, NameColumn = name };
            }

            var yearColumn = Enumerable.Range(0, header.Length).Where(i => i != country && i != code && i != name)
                .Select(i => (Column: i, Score: YearWords.Contains(header[i].ToLowerInvariant()) ? 2 : AllYears(data, i) ? 1 : 0))
                .Where(c => c.Score > 0).OrderByDescending(c => c.Score).ThenBy(c => c.Column).Select(c => (int?)c.Column).FirstOrDefault();
            if (yearColumn is not null && header.Length > 2)
            {
                return new CountryTableLayout(h, country, yearColumn, []) { CodeColumn = code, NameColumn = name };
            }
        }

        return null;
    }

    /// <summary>2019, "2019 [YR2019]" or "YR2019" → 2019.</summary>
    public static int? YearHeader(string text)
    {
        var m = YearHeaderPattern().Match(text);
        return m.Success ? int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The country code of a cell: an ISO alpha-3 code of a known country, or a known spelling of a name.</summary>
    public static string? CountryCode(string cell) =>
        ContractTables.IsIsoAlpha3(cell) && CountryNames.IsCountryCode(cell) ? cell
        : CountryNames.TryGetCode(cell, out var code) ? code
        : null;

    private static int FindCountryColumn(string[] header, List<string[]> data, HashSet<int> yearColumns)
    {
        var best = -1;
        var bestScore = 0.0;
        for (var i = 0; i < header.Length; i++)
        {
            if (yearColumns.Contains(i))
            {
                continue;
            }

            int cells = 0, countries = 0, codes = 0;
            foreach (var row in data.Where(r => i < r.Length && r[i].Length > 0))
            {
                cells++;
                if (CountryCode(row[i]) is not null)
                {
                    countries++;
                    codes += ContractTables.IsIsoAlpha3(row[i]) ? 1 : 0;
                }
            }

            var named = CountryWords.Contains(header[i].ToLowerInvariant());
            var share = cells == 0 ? 0 : (double)countries / cells;
            if (countries == 0 || share < (named ? 0.3 : 0.6))
            {
                continue;
            }

            // Codes are exact; names may be spelt many ways: a code column wins over a name column.
            var score = share + (codes == countries ? 1 : 0) + (named ? 0.5 : 0);
            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }

        return best;
    }

    /// <summary>
    /// Beside the country column found, the other kind: a column of three upper-case letters (codes, ISO or not: COW's
    /// AUS, KZK) and a column of names, so both can be checked against each other.
    /// </summary>
    private static (int Code, int Name) CodeAndName(string[] header, List<string[]> data, HashSet<int> yearColumns, int country)
    {
        int code = -1, name = -1;
        double bestCode = 0, bestName = 0;
        for (var i = 0; i < header.Length; i++)
        {
            if (yearColumns.Contains(i))
            {
                continue;
            }

            var cells = data.Where(r => i < r.Length && r[i].Length > 0).Select(r => r[i]).ToList();
            if (cells.Count == 0)
            {
                continue;
            }

            var codes = cells.Count(c => c.Length == 3 && c.All(char.IsAsciiLetterUpper)) / (double)cells.Count;
            var names = cells.Count(c => c.Length > 3 && CountryNames.TryGetCode(c, out _)) / (double)cells.Count;
            if (codes >= 0.8 && codes > bestCode)
            {
                (code, bestCode) = (i, codes);
            }

            if (names >= 0.5 && names > bestName)
            {
                (name, bestName) = (i, names);
            }
        }

        return (code >= 0 ? code : -1, name >= 0 ? name : (country != code ? country : -1)) switch
        {
            var (c, n) when c == n => (c, -1),
            var pair => pair,
        };
    }

    private static bool AllYears(List<string[]> data, int column)
    {
        var cells = data.Where(r => column < r.Length && r[column].Length > 0).Select(r => r[column]).ToList();
        return cells.Count > 0 && cells.All(c => ReaderSupport.TryYear(c, out _));
    }

    [GeneratedRegex(@"^(?:YR)?(?<y>[12]\d{3})(?: \[YR\d{4}\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex YearHeaderPattern();
}
