using System.Globalization;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Tables;
using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// Reads a generic table of countries by year — a country column (names or ISO alpha-3 codes) and either a year column
/// with one or more value columns (long) or one column per year (wide) — as ONE indicator the user names (id, name,
/// unit, dimension) citing the source the user names: such a table does not say what it measures. Country names
/// resolve through <see cref="CountryNames"/>; an unknown name is an error naming it and its first line. Columns of
/// text are metadata, left out with a note; empty cells and the usual "no data" marks (.., -, n/a, …) are skipped
/// and counted.
/// </summary>
public sealed class CountryTableReader : IDatasetReader
{
    public string FormatName => "table of countries by year";

    public bool Matches(IReadOnlyList<string[]> firstRecords) => CountryTableLayout.Find(firstRecords) is not null;

    public DatasetContent Read(TableSource table, ReaderContext context, ErrorList errors)
    {
        var content = new DatasetContent { Format = FormatName };
        var display = table.DisplayName;
        if (CountryTableLayout.Find(table.Peek()) is not { } layout)
        {
            errors.Add(ImportError.At(display, 1, null, null, "does not have the shape of a table of countries by year: expected a column of country names or ISO codes, and a year column or one column per year"));
            return content;
        }

        // Pass 1 (streamed, nothing kept but counts): the header, which columns hold numbers, whether codes and names agree.
        string[] header = [];
        var headerLine = 0;
        var codeName = layout.CodeColumn;
        var nameColumn = layout.NameColumn;
        CountryIdentity? identity = null;
        var numbers = table.Dialect.Numbers;
        var stats = new Dictionary<int, (long Cells, long Numbers, long Countries)>();
        using (var records = table.Open(errors))
        {
            for (var i = 0; i <= layout.HeaderIndex && records.TryRead(out header, out headerLine); i++)
            {
            }

            if (!records.UseHeader(header, headerLine))
            {
                return content;
            }

            identity = new CountryIdentity(display, codeName >= 0 ? header[codeName] : null, CountryCodeKind.Alpha3, nameColumn >= 0 ? header[nameColumn] : null, context.EntityMap);
            while (records.TryReadRow(header.Length, out var fields, out var line))
            {
                identity.See(codeName >= 0 ? fields[codeName] : string.Empty, nameColumn >= 0 ? fields[nameColumn] : string.Empty, line);
                for (var i = 0; i < fields.Length; i++)
                {
                    var cell = fields[i];
                    if (cell.Length == 0 || ValueCells.NoData.Contains(cell))
                    {
                        continue;
                    }

                    var (cells, nums, countries) = stats.GetValueOrDefault(i);
                    stats[i] = (cells + 1, nums + (numbers.TryDouble(cell, out _) || records.KindAt(i) == CellKind.Percent ? 1 : 0), countries + (CountryTableLayout.CountryCode(cell) is not null ? 1 : 0));
                }
            }
        }

        if (errors.HasErrors)
        {
            return content;
        }

        if (context.CountryColumn is { } chosenColumn && Array.FindIndex(header, h => string.Equals(h, chosenColumn, StringComparison.OrdinalIgnoreCase)) is var chosenIndex
            && chosenIndex != codeName && chosenIndex != nameColumn)
        {
            if (chosenIndex < 0)
            {
                errors.Add(ImportError.At(display, headerLine, "country-column", chosenColumn, $"is not a column of this file (its columns: {string.Join(", ", header.Select(h => $"'{h}'"))})"));
                return content;
            }

            // A column the detection did not take for a country column: read it alone, by name or code.
            (codeName, nameColumn) = (-1, chosenIndex);
            identity = new CountryIdentity(display, null, CountryCodeKind.Alpha3, header[chosenIndex], context.EntityMap);
        }

        if (!identity.Decide(context.CountryColumn, errors, content.Notes))
        {
            return content;
        }

        var countryColumn = identity.Column == (codeName >= 0 ? header[codeName] : null) ? codeName : nameColumn;
        var shape = layout.IsWide
            ? $"countries in column '{header[countryColumn]}', one column per year ({layout.YearColumns.Min(y => y.Year)}–{layout.YearColumns.Max(y => y.Year)})"
            : $"countries in column '{header[countryColumn]}', years in column '{header[layout.YearColumn!.Value]}'";
        if (Indicator(context, content, display, shape, errors) is not { } indicator || Source(context, display, shape, errors) is not { } source)
        {
            return content;
        }

        var countryColumns = new HashSet<int>([codeName, nameColumn, layout.CountryColumn]);
        var values = layout.IsWide ? layout.YearColumns.Select(y => (y.Column, (int?)y.Year)).ToList() : ValueColumn(layout, header, stats, countryColumns, context, content, display, errors);
        if (values is null)
        {
            return content;
        }

        if (layout.IsWide)
        {
            foreach (var i in Enumerable.Range(0, header.Length).Where(i => !countryColumns.Contains(i) && values.TrueForAll(v => v.Column != i)))
            {
                content.Notes.Add($"column '{header[i]}' is not a year: left out as metadata, not a value");
            }
        }

        content.Notes.Add($"read as a {(layout.IsWide ? "wide" : "long")} table: {shape}; values of indicator '{indicator}'");
        var unit = context.References.Indicators.TryGetValue(indicator, out var stored) ? stored.Unit : context.Indicator?.Unit;
        var cellsReader = new ValueCells(numbers, unit);
        var file = ReaderSupport.FileName(display);
        var unknown = new Dictionary<string, (int Line, int Rows)>(StringComparer.Ordinal);
        var keys = new HashSet<(string, string)>();
        var repeated = new Dictionary<(string, string), (int First, int Line, int Count)>();
        using (var records = table.Open(new ErrorList()))
        {
            for (var i = 0; i <= layout.HeaderIndex && records.TryRead(out _, out _); i++)
            {
            }

            records.UseHeader(header, headerLine);
            while (records.TryReadRow(header.Length, out var fields, out var line))
            {
                var name = fields[countryColumn];
                var yearOfRow = layout.IsWide ? null : ReaderSupport.TryYear(fields[layout.YearColumn!.Value], out var p) ? p.StartYear : (int?)null;
                var entity = identity.Resolve(codeName >= 0 ? fields[codeName] : string.Empty, nameColumn >= 0 ? fields[nameColumn] : string.Empty, yearOfRow);
                if (entity is null)
                {
                    unknown[name] = unknown.TryGetValue(name, out var seen) ? (seen.Line, seen.Rows + 1) : (line, 1);
                    continue;
                }

                ReaderSupport.Define(new Entity { Code = entity, Name = CountryNames.NameOf(entity) ?? name, Kind = "country" }, context, content);
                foreach (var (column, headerYear) in values)
                {
                    var cell = fields[column];
                    var yearText = headerYear?.ToString(CultureInfo.InvariantCulture) ?? fields[layout.YearColumn!.Value];
                    if (!cellsReader.TryRead(cell, records.KindAt(column), records.Where(line, column), out var value, out var flag, out var problem))
                    {
                        if (problem is not null)
                        {
                            errors.Add(ImportError.At(display, line, header[column], cell, problem));
                        }

                        continue;
                    }

                    if (!ReaderSupport.TryYear(yearText, out var period))
                    {
                        errors.Add(ImportError.At(display, line, header[layout.YearColumn!.Value], yearText, "is not a year (YYYY)"));
                        break;
                    }

                    // A long panel with several rows per country and year (one per conflict, per dyad) is not a table of
                    // one value per country and year: say so once, instead of a duplicate-key error per row.
                    if (!layout.IsWide && !keys.Add((entity, period.Text)))
                    {
                        repeated[(entity, period.Text)] = repeated.TryGetValue((entity, period.Text), out var r) ? r with { Count = r.Count + 1 } : (0, line, 2);
                        continue;
                    }

                    var where = layout.IsWide ? $"column '{header[column]}'" : $"{header[layout.YearColumn!.Value]} = {yearText}, column '{header[column]}'";
                    content.Observations.Add(new ParsedObservation(new Observation
                    {
                        IndicatorId = indicator,
                        EntityCode = entity,
                        Period = period.Text,
                        Value = value,
                        SourceId = source,
                        Locator = $"{file}: {header[countryColumn]} = {name}, {where}",
                        Basis = "stated",
                        Note = flag,
                    }, period, line));
                }
            }
        }

        foreach (var (name, (line, count)) in unknown)
        {
            errors.Add(ImportError.At(display, line, header[countryColumn], name, string.Create(CultureInfo.InvariantCulture,
                $"is not a known country name or ISO 3166-1 alpha-3 code ({count} row{(count == 1 ? string.Empty : "s")} from this line on): use the ISO code, a spelling from the country list, or remove the row (aggregates such as 'World' are not countries)")));
        }

        if (repeated.Count > 0)
        {
            var ((entity, period), (_, line, _)) = repeated.First();
            errors.Add(ImportError.At(display, line, header[countryColumn], entity, string.Create(CultureInfo.InvariantCulture,
                $"has more than one row for {entity} in {period} ({repeated.Count} country-years have several rows): this table holds several values per country and year (one per conflict, dyad or category?), not one; filter it to one row per country and year, or import a file that has one")));
        }

        content.Notes.AddRange(cellsReader.Notes());
        return content;
    }

    /// <summary>The indicator's id, defined from what the user named when the store does not have it yet.</summary>
    private static string? Indicator(ReaderContext context, DatasetContent content, string display, string shape, ErrorList errors)
    {
        if (context.Indicator is not { } named)
        {
            errors.Add(ImportError.At(display, 0, "indicator", null,
                $"is needed: this looks like a table of countries by year ({shape}), which does not say what it measures. Name the indicator (--indicator id --indicator-name \"…\" --unit \"…\" [--dimension …] on the command line; 'Indicator' on the upload form) and the source (--source id)"));
            return null;
        }

        if (!RowParser.IsSlug(named.Id))
        {
            errors.Add(ImportError.At(display, 0, "indicator", named.Id, "is not a valid indicator id (lower-case letters, digits and '-')"));
            return null;
        }

        if (context.References.Indicators.TryGetValue(named.Id, out var stored))
        {
            if ((named.Name is { } n && n != stored.Name) || (named.Unit is { } u && u != stored.Unit))
            {
                errors.Add(ImportError.At(display, 0, "indicator", named.Id,
                    $"is already defined as '{stored.Name}' ({stored.Unit}): leave the name and unit empty to use it, or choose another id"));
                return null;
            }

            return named.Id;
        }

        var dimension = named.Dimension ?? "economic";
        if (string.IsNullOrWhiteSpace(named.Name) || string.IsNullOrWhiteSpace(named.Unit) || !ContractTables.Dimensions.Contains(dimension))
        {
            errors.Add(ImportError.At(display, 0, "indicator", named.Id,
                $"is a new indicator: give its name and unit (and a dimension: {string.Join(", ", ContractTables.Dimensions)})"));
            return null;
        }

        if (named.Dimension is null)
        {
            content.Notes.Add("indicator dimension not given: 'economic' (--dimension to change)");
        }

        ReaderSupport.Define(new Indicator
        {
            Id = named.Id,
            Name = named.Name,
            Unit = named.Unit,
            Dimension = dimension,
            Description = $"{named.Name} ({named.Unit}), imported from a table of countries by year.",
            ChartKind = "line",
        }, context, content);
        return named.Id;
    }

    private static string? Source(ReaderContext context, string display, string shape, ErrorList errors)
    {
        if (context.SourceId is { Length: > 0 } source)
        {
            return source;
        }

        errors.Add(ImportError.At(display, 0, "source", null,
            $"is needed: a table of countries by year ({shape}) does not say where its values come from; choose the source (--source id; 'Source' on the upload form)"));
        return null;
    }

    /// <summary>The value column of a long table: the one named, or the only column of numbers; text columns are metadata.</summary>
    private static List<(int Column, int? Year)>? ValueColumn(CountryTableLayout layout, string[] header, Dictionary<int, (long Cells, long Numbers, long Countries)> stats,
        HashSet<int> countryColumns, ReaderContext context, DatasetContent content, string display, ErrorList errors)
    {
        var candidates = Enumerable.Range(0, header.Length).Where(i => !countryColumns.Contains(i) && i != layout.YearColumn).ToList();
        var numeric = new List<int>();
        foreach (var i in candidates)
        {
            var (cells, numbers, countries) = stats.GetValueOrDefault(i);
            var isCountries = cells > 0 && countries * 2 > cells;
            if (numbers * 2 >= cells && cells > 0 && !isCountries)
            {
                numeric.Add(i);
            }
            else if (context.Indicator?.Column is null || !string.Equals(header[i], context.Indicator.Column, StringComparison.OrdinalIgnoreCase))
            {
                content.Notes.Add($"column '{header[i]}' holds {(isCountries ? "countries" : "text")}, not numbers: left out as metadata, not a value");
            }
        }

        if (context.Indicator?.Column is { } wanted)
        {
            var index = Array.FindIndex(header, h => string.Equals(h, wanted, StringComparison.OrdinalIgnoreCase));
            if (index < 0 || countryColumns.Contains(index) || index == layout.YearColumn)
            {
                errors.Add(ImportError.At(display, 0, "column", wanted, $"is not a value column of this table (its columns: {string.Join(", ", candidates.Select(i => header[i]))})"));
                return null;
            }

            return [(index, null)];
        }

        if (numeric.Count == 1)
        {
            return [(numeric[0], null)];
        }

        errors.Add(ImportError.At(display, 0, "column", null, numeric.Count == 0
            ? "no column of this table holds numbers to import"
            : $"several columns hold numbers ({string.Join(", ", numeric.Select(i => $"'{header[i]}'"))}): say which one holds the indicator's values (--column on the command line; 'Value column' on the upload form)"));
        return null;
    }
}
