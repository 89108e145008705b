using Dashboard.Data.Import;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Import.Tables;
using Dashboard.Data.Model;

namespace Dashboard.Data.Derive;

/// <summary>
/// The derived series read from raw country tables that are not an upload format: ONE's debt shares (one row per
/// debtor and year) and the AIGS flags (one row per country). Used by <see cref="PrimarySeriesDeriver"/>.
/// </summary>
internal static class CountryTableSeries
{
    private static readonly (string Column, string Indicator)[] AigsColumns =
    [
        ("safeCity", "aigs-safe-city"),
        ("facialRec", "aigs-facial-recognition"),
        ("smartPoli", "aigs-smart-policing"),
        ("smSurv", "aigs-social-media-surveillance"),
    ];

    private static readonly string[] DebtKeyColumns = ["debtor_name", "year"];
    private static readonly string[] AigsKeyColumns = ["Country"];

    private static readonly (string Column, string Indicator)[] DebtColumns =
    [
        ("China (bilateral)", "external-debt-share-china-bilateral"),
        ("China (private)", "external-debt-share-china-private"),
    ];

    /// <summary>The raw files are UTF-8 with ',' delimiters: read them so, never by detection.</summary>
    private static readonly DialectOptions RawCsv = new() { Encoding = "utf-8", Delimiter = "," };

    public static List<Observation> Debt(string sources, ErrorList errors, List<string> notes, Dictionary<Observation, string> writtenAs)
    {
        var file = Path.GetFileName(PrimarySeriesDeriver.DebtFile);
        var rows = new List<Observation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, name, code, cellOf) in CountryRows(sources, PrimarySeriesDeriver.DebtFile, "debtor_name", DebtKeyColumns.Concat(DebtColumns.Select(d => d.Column)), PrimarySeriesDeriver.CentralAsia, errors))
        {
            seen.Add(code);
            var yearText = cellOf("year");
            if (!ReaderSupport.TryYear(yearText, out var year))
            {
                errors.Add(ImportError.At(PrimarySeriesDeriver.DebtFile, line, "year", yearText, "is not a year (YYYY)"));
                continue;
            }

            if (year.StartYear is < PrimarySeriesDeriver.DebtFirstYear or > PrimarySeriesDeriver.DebtLastYear)
            {
                continue;
            }

            foreach (var (column, indicator) in DebtColumns)
            {
                var cell = cellOf(column);
                if (cell.Length == 0)
                {
                    continue;
                }

                if (!ReaderSupport.TryDouble(cell, out var value))
                {
                    errors.Add(ImportError.At(PrimarySeriesDeriver.DebtFile, line, column, cell, "is not a number"));
                    continue;
                }

                var observation = new Observation
                {
                    IndicatorId = indicator,
                    EntityCode = code,
                    CounterpartCode = "CHN",
                    Period = year.Text,
                    Value = value,
                    SourceId = "one-ids-debt",
                    Locator = $"{file}: debtor_name = {name}, year = {year.Text}, column '{column}' (World Bank IDS as processed by ONE, debt_overview commit 3488b41)",
                    Basis = "derived",
                    DerivedFrom = $"column '{column}' of the row debtor_name = '{name}', year = {year.Text}: ONE's share (%) of the country's long-term public and publicly guaranteed (PPG) external debt stock (IDS debt stocks by creditor) owed to that creditor, copied as written",
                };
                rows.Add(observation);
                writtenAs[observation] = cell;
            }
        }

        foreach (var code in PrimarySeriesDeriver.CentralAsia.Where(c => !seen.Contains(c)))
        {
            notes.Add($"Debt: {CountryNames.NameOf(code)} is not in {file}: no rows");
        }

        notes.Add("Debt: an empty cell means ONE lists no such creditor for that year; no row is written for it (not 0)");
        return rows;
    }

    public static List<Observation> Aigs(string sources, ErrorList errors, List<string> notes)
    {
        var file = Path.GetFileName(PrimarySeriesDeriver.AigsFile);
        var rows = new List<Observation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, name, code, cellOf) in CountryRows(sources, PrimarySeriesDeriver.AigsFile, "Country", AigsKeyColumns.Concat(AigsColumns.Select(a => a.Column)), PrimarySeriesDeriver.AigsCountries, errors))
        {
            seen.Add(code);
            foreach (var (column, indicator) in AigsColumns)
            {
                var cell = cellOf(column);
                double? value = cell switch { "x" or "X" => 1, "N" or "n" => 0, _ => null };
                if (value is null)
                {
                    errors.Add(ImportError.At(PrimarySeriesDeriver.AigsFile, line, column, cell, "is not 'x' (uses the technology) or 'N' (not found)"));
                    continue;
                }

                rows.Add(new Observation
                {
                    IndicatorId = indicator,
                    EntityCode = code,
                    Period = "2022",
                    Value = value.Value,
                    SourceId = "aigs-2022",
                    Locator = $"{file}: Country = {name}, column {column} (AIGS Index 2022 edition)",
                    Basis = "derived",
                    DerivedFrom = $"'{cell}' in column {column} of the row Country = '{name}': 'x' (uses the technology) → 1, 'N' (not found) → 0",
                });
            }
        }

        foreach (var code in PrimarySeriesDeriver.AigsCountries.Where(c => !seen.Contains(c)))
        {
            notes.Add($"AIGS: {CountryNames.NameOf(code)} is not in {file}, which lists only countries where at least one of the four technologies was found: none was found for it in that copy; no rows");
        }

        return rows;
    }

    /// <summary>
    /// The rows of a raw CSV that is not an upload format (debt, AIGS) whose <paramref name="countryColumn"/> names one
    /// of <paramref name="countries"/>, with a lookup of their cells. A missing file or column, or a ragged row, is an
    /// error; no row is given while <paramref name="errors"/> holds any (also an earlier file's).
    /// </summary>
    private static IEnumerable<(int Line, string Name, string Code, Func<string, string> CellOf)> CountryRows(
        string sources, string relative, string countryColumn, IEnumerable<string> requiredColumns, IReadOnlyList<string> countries, ErrorList errors)
    {
        var path = Path.Combine(sources, relative);
        if (!PrimarySeriesDeriver.RequireFile(path, relative, errors))
        {
            yield break;
        }

        using var stream = File.OpenRead(path);
        if (TableSources.Open(stream, relative, RawCsv, errors) is not { } table)
        {
            yield break;
        }

        using var csv = table.Open(errors);
        if (!csv.TryRead(out var header, out _))
        {
            yield break;
        }

        var index = ReaderSupport.Index(header);
        foreach (var column in requiredColumns.Where(c => !index.ContainsKey(c)))
        {
            errors.Add(ImportError.At(relative, 1, column, null, "required column is missing from the header"));
        }

        if (errors.HasErrors)
        {
            yield break;
        }

        while (csv.TryRead(out var fields, out var line))
        {
            if (fields.Length != index.Count)
            {
                errors.Add(ImportError.At(relative, line, null, null, "has a different number of fields than the header"));
                continue;
            }

            var name = fields[index[countryColumn]];
            if (CountryNames.TryGetCode(name, out var code) && countries.Contains(code))
            {
                yield return (line, name, code, column => fields[index[column]]);
            }
        }
    }
}
