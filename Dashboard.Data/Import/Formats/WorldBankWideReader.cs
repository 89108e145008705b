using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Data.Import.Tables;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// Reads a World Bank bulk CSV (World Development Indicators, International Debt Statistics): optional metadata lines
/// (<c>"Data Source",…</c>, <c>"Last Updated Date",…</c>, blank lines), then the header
/// <c>"Country Name","Country Code","Indicator Name","Indicator Code","1960",…</c> with one column per year and often an
/// empty last column. Wide → tidy: one observation per non-empty year cell, one indicator per Indicator Code
/// (id <c>wdi-ny-gdp-mktp-cd</c>, or <c>ids-…</c> for International Debt Statistics), entity = Country Code.
/// Values are copied as published, so <c>basis</c> = <c>stated</c>.
/// </summary>
public sealed partial class WorldBankWideReader : IDatasetReader
{
    private const int MaxPreambleLines = 10;

    private static readonly string[] Fixed = ["Country Name", "Country Code", "Indicator Name", "Indicator Code"];

    public string FormatName => "World Bank WDI/IDS CSV";

    public bool Matches(IReadOnlyList<string[]> firstRecords) => firstRecords.Take(MaxPreambleLines).Any(IsHeader);

    public DatasetContent Read(TableSource table, ReaderContext context, ErrorList errors)
    {
        var content = new DatasetContent { Format = FormatName };
        if (!ReaderSupport.CheckShape(this, table, errors,
                $"a header \"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"1960\",… (years as columns) within the first {MaxPreambleLines} lines"))
        {
            return content;
        }

        var displayName = table.DisplayName;
        using var records = table.Open(errors);
        string[]? header = null;
        var headerLine = 0;
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var n = 1; n <= MaxPreambleLines && records.TryRead(out var fields, out var line); n++)
        {
            if (IsHeader(fields))
            {
                header = fields;
                headerLine = line;
                break;
            }

            if (fields.Length >= 2 && fields[0].Length > 0)
            {
                meta[fields[0]] = fields[1];
            }
        }

        if (header is null)
        {
            errors.Add(ImportError.At(displayName, 0, null, null, "has no header line starting \"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\""));
            return content;
        }

        if (!records.UseHeader(header, headerLine))
        {
            return content;
        }

        // Year columns; the World Bank ends every line with a comma, i.e. an empty last column, which is ignored.
        var years = new (int Column, Period Period)[header.Length];
        var yearCount = 0;
        var yearColumns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = Fixed.Length; i < header.Length; i++)
        {
            if (ReaderSupport.TryYear(header[i], out var period))
            {
                if (yearColumns.TryGetValue(period.Text, out var earlier))
                {
                    // Two columns of one year: which values belong to it cannot be told, so neither is read.
                    errors.Add(ImportError.At(displayName, headerLine, header[i], header[i],
                        $"appears twice in the header ({records.Where(headerLine, earlier)} and {records.Where(headerLine, i)}): each year may have one column"));
                    continue;
                }

                yearColumns[period.Text] = i;
                years[yearCount++] = (i, period);
            }
            else if (header[i].Length > 0)
            {
                errors.Add(ImportError.At(displayName, headerLine, header[i], header[i], "is not a year column (the World Bank layout has a column per year YYYY)"));
            }
        }

        var dataSource = meta.GetValueOrDefault("Data Source");
        var updated = meta.GetValueOrDefault("Last Updated Date");
        var isIds = dataSource?.Contains("International Debt", StringComparison.OrdinalIgnoreCase) == true;
        var prefix = isIds ? "ids-" : "wdi-";
        var dataset = isIds ? "International Debt Statistics" : dataSource ?? "World Development Indicators";
        content.Edition = updated is null ? null : "Last Updated " + updated;
        if (updated is null)
        {
            content.Notes.Add("no \"Last Updated Date\" line before the header: the edition is unknown");
        }

        var source = ReaderSupport.ChooseSource(context, content, new Source
        {
            Id = ReaderSupport.Slug((isIds ? "world-bank-ids-" : "world-bank-wdi-") + (updated ?? "undated")),
            Citation = $"World Bank. {dataset}, bulk CSV download{(updated is null ? string.Empty : " (last updated " + updated + ")")}.",
            Url = isIds ? "https://www.worldbank.org/en/programs/debt-statistics/ids" : "https://databank.worldbank.org/source/world-development-indicators",
            Publisher = "World Bank",
            Licence = "CC BY 4.0",
            Edition = content.Edition,
        });
        var file = ReaderSupport.FileName(displayName);
        var edition = content.Edition is null ? string.Empty : $" ({content.Edition})";
        var numbers = table.Dialect.Numbers;
        var rows = 0;
        while (records.TryReadRow(header.Length, out var fields, out var line))
        {
            rows++;
            string countryName = fields[0], countryCode = fields[1], indicatorName = fields[2], indicatorCode = fields[3];
            var entity = ResolveCountry(countryName, countryCode, context, content);
            if (entity is null)
            {
                errors.Add(ImportError.At(displayName, line, "Country Code", countryCode, "is not a country code (three upper-case letters, e.g. KAZ)"));
                continue;
            }

            var indicatorId = prefix + ReaderSupport.Slug(indicatorCode, 80 - prefix.Length);
            if (indicatorCode.Length == 0 || indicatorName.Length == 0)
            {
                errors.Add(ImportError.At(displayName, line, indicatorCode.Length == 0 ? "Indicator Code" : "Indicator Name", null, "is required but empty"));
                continue;
            }

            ReaderSupport.Define(new Indicator
            {
                Id = indicatorId,
                Name = indicatorName,
                Unit = GuessUnit(indicatorName),
                Dimension = "economic",
                Description = $"World Bank {dataset} indicator {indicatorCode}: {indicatorName}.",
                ChartKind = "line",
            }, context, content);
            for (var y = 0; y < yearCount; y++)
            {
                var (column, period) = years[y];
                var cell = fields[column];
                if (cell.Length == 0)
                {
                    continue;
                }

                if (!numbers.TryDouble(cell, out var value))
                {
                    errors.Add(ImportError.At(displayName, line, header[column], cell, numbers.Rule));
                    continue;
                }

                content.Observations.Add(new ParsedObservation(new Observation
                {
                    IndicatorId = indicatorId,
                    EntityCode = entity,
                    Period = period.Text,
                    Value = value,
                    SourceId = source,
                    Locator = $"{file}: Country Code = {countryCode}, Indicator Code = {indicatorCode}, column {period.Text}{edition}",
                    Basis = "stated",
                }, period, line));
            }
        }

        if (rows == 0 && !errors.HasErrors)
        {
            errors.Add(ImportError.At(displayName, headerLine, null, null, "has no indicator rows after the header"));
        }

        ReaderSupport.PruneUnusedEntities(content);
        return content;
    }

    /// <summary>The unit is what the World Bank writes in the name's last parentheses: "GDP (current US$)" → "current US$".</summary>
    public static string GuessUnit(string indicatorName)
    {
        var m = UnitPattern().Match(indicatorName);
        return m.Success ? m.Groups["unit"].Value.Trim() : "value";
    }

    private static bool IsHeader(string[] fields) =>
        fields.Length > Fixed.Length
        && Fixed.Select((f, i) => string.Equals(fields[i], f, StringComparison.OrdinalIgnoreCase)).All(b => b)
        && ReaderSupport.TryYear(fields[Fixed.Length], out _);

    private static string? ResolveCountry(string name, string code, ReaderContext context, DatasetContent content)
    {
        if (context.EntityMap.TryGetValue(code, out var mapped) || context.EntityMap.TryGetValue(name, out mapped))
        {
            return mapped;
        }

        if (!ContractTables.IsIsoAlpha3(code))
        {
            return null;
        }

        if (!context.References.Entities.Contains(code))
        {
            // World Bank aggregates ("WLD", "EAS") also have three-letter codes; only real countries are kind "country".
            var kind = CountryNames.IsCountryCode(code) ? "country" : "other";
            ReaderSupport.Define(new Entity { Code = code, Name = CountryNames.NameOf(code) ?? name, Kind = kind }, context, content);
        }

        return code;
    }

    [GeneratedRegex(@"\((?<unit>[^()]+)\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitPattern();
}
