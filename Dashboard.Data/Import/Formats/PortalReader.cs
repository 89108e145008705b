using System.Globalization;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Tables;
using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// Reads any <see cref="PortalLayout"/>: finds the header after the portal's title and note lines, reads the table
/// twice as a stream (no row is kept): first to check the countries (code and name must agree, see
/// <see cref="CountryIdentity"/>) and list the series, then to write one observation per value cell — one indicator
/// per series (or the series the user chose, <c>--series</c>), named and with the unit the file gives, aggregates and
/// footer lines left out with a note, no-data marks skipped, percent cells and text numbers handled by
/// <see cref="ValueCells"/>.
/// </summary>
public sealed class PortalReader(PortalLayout layout) : IDatasetReader
{
    public PortalLayout Layout { get; } = layout;

    private readonly PortalTable _table = new(layout);

    public string FormatName => Layout.FormatName;

    public bool Matches(IReadOnlyList<string[]> firstRecords)
    {
        for (var i = 0; i < firstRecords.Count; i++)
        {
            if (_table.IsHeader(firstRecords[i], out _))
            {
                return Layout.PreambleContains is not { } wanted
                    || firstRecords.Take(i).Any(r => r.Any(f => f.Contains(wanted, StringComparison.OrdinalIgnoreCase)));
            }
        }

        return false;
    }

    public IReadOnlyList<string> HeaderNames => Layout.Signature;

    public string ExpectedHeader => Layout.ExpectedHeader;

    public DatasetContent Read(TableSource table, ReaderContext context, ErrorList errors)
    {
        var content = new DatasetContent { Format = FormatName };
        var display = table.DisplayName;
        var file = ReaderSupport.FileName(display);
        var meta = new List<string>();
        var (header, headerLine, skip) = _table.FindHeader(table, meta);
        if (header is null)
        {
            errors.Add(ImportError.At(display, 1, null, null, $"does not have the shape of the format {FormatName}: expected a header {Layout.ExpectedHeader} within the first {PortalTable.MaxPreamble} lines"));
            return content;
        }

        var columns = PortalColumns.Of(Layout, header, context, display, headerLine, errors);
        if (columns is null)
        {
            return content;
        }

        // Pass 1: countries and series.
        var identity = new CountryIdentity(display, columns.CodeName, Layout.CodeKind, columns.NameName, context.EntityMap);
        var series = new Dictionary<string, PortalSeries>(StringComparer.Ordinal);
        var footer = _table.Scan(table, header, headerLine, skip, errors, (fields, line, records) =>
        {
            identity.See(Cell(fields, columns.Code), Cell(fields, columns.Name), line);
            var key = columns.SeriesKey(fields);
            if (!series.TryGetValue(key, out var info))
            {
                series[key] = info = new PortalSeries(key, columns.SeriesCodeOf(fields), columns.SeriesNameOf(fields, Layout), columns.UnitOf(fields), line)
                {
                    BaseName = string.Join(", ", columns.SeriesNames.Select(i => fields[i])),
                };
            }

            info.Rows++;
            if (columns.UnitOf(fields) is { } unit && info.Unit is { } known && unit != known && info.OtherUnit is null)
            {
                info.OtherUnit = (unit, line);
            }
        }, meta);
        if (footer is null && errors.HasErrors && series.Count == 0)
        {
            return content;
        }

        if (!identity.Decide(context.CountryColumn, errors, content.Notes))
        {
            return content;
        }

        var chosen = PortalSeries.Choose(series, context, display, errors);
        if (chosen is null)
        {
            return content;
        }

        var edition = Layout.Edition(meta);
        content.Edition = edition;
        if (edition is null && Layout.NoEditionNote is { } noEdition)
        {
            content.Notes.Add(noEdition);
        }

        var source = ReaderSupport.ChooseSource(context, content, Layout.DefaultSource(edition, meta));
        var indicators = DefineIndicators(chosen, table, context, content, display, errors, Layout.IdPrefixFromMeta(meta) ?? Layout.IdPrefix);
        if (indicators is null)
        {
            return content;
        }

        // Pass 2: values.
        var numbers = Layout.GroupedNumbers && table.Dialect.Numbers == NumberText.Invariant ? NumberText.Grouped('.') : table.Dialect.Numbers;
        var cells = indicators.ToDictionary(i => i.Key, i => new ValueCells(numbers, i.Value.Unit), StringComparer.Ordinal);
        var aggregates = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var unknown = new SortedDictionary<string, (int Line, int Rows)>(StringComparer.Ordinal);
        long otherSeries = 0, estimates = 0;
        var editionText = edition is null ? string.Empty : $" ({edition})";
        _table.Scan(table, header, headerLine, skip, new ErrorList(), (fields, line, records) =>
        {
            var key = columns.SeriesKey(fields);
            if (!indicators.TryGetValue(key, out var indicator))
            {
                otherSeries++;
                return;
            }

            string code = Cell(fields, columns.Code), name = Cell(fields, columns.Name);
            if (columns.LocationType >= 0 && !string.Equals(fields[columns.LocationType], "Country", StringComparison.OrdinalIgnoreCase))
            {
                aggregates[Label(code, name)] = aggregates.GetValueOrDefault(Label(code, name)) + 1;
                return;
            }

            if (Layout.SkipEmptyRows && columns.ValueColumns.All(v => fields[v.Column].Length == 0 || ValueCells.NoData.Contains(fields[v.Column])))
            {
                return;
            }

            var byYear = CountryIdentity.NeedsYear(name);
            var rowEntity = byYear ? null : identity.Resolve(code, name, null);
            if (rowEntity is null && !byYear)
            {
                if (Layout.SkipAggregates && !CountryNames.IsCountryCode(code))
                {
                    aggregates[Label(code, name)] = aggregates.GetValueOrDefault(Label(code, name)) + 1;
                }
                else
                {
                    var shown = identity.Column == columns.NameName ? name : code;
                    unknown[shown] = unknown.TryGetValue(shown, out var seen) ? (seen.Line, seen.Rows + 1) : (line, 1);
                }

                return;
            }

            if (!TryEstimatesAfter(fields, columns, out var estimatesAfter))
            {
                errors.Add(ImportError.At(display, line, header[columns.Estimates], fields[columns.Estimates],
                    "is not a year: it says after which year the values are the publisher's estimates, so it must be a year (YYYY), empty or 'n/a'"));
                return;
            }

            var rowNote = columns.NoteOf(fields);
            foreach (var (column, headerPeriod) in columns.ValueColumns)
            {
                var cell = fields[column];
                var periodText = headerPeriod?.Text ?? fields[columns.Period];
                var reader = cells[key];
                var where = records.Where(line, column);
                if (!reader.TryRead(cell, records.KindAt(column), where, out var value, out var flag, out var problem))
                {
                    if (problem is not null)
                    {
                        errors.Add(ImportError.At(display, line, header[column], cell, problem));
                    }

                    continue;
                }

                if (headerPeriod is not { } period && !Period.TryParse(periodText, out period, out _))
                {
                    errors.Add(ImportError.At(display, line, header[columns.Period], periodText, "is not a period (a year YYYY, a range YYYY-YYYY or a month YYYY-MM)"));
                    continue;
                }

                var entity = rowEntity ?? identity.Resolve(code, name, period.StartYear);
                if (entity is null)
                {
                    unknown[name] = unknown.TryGetValue(name, out var seen) ? (seen.Line, seen.Rows + 1) : (line, 1);
                    continue;
                }

                ReaderSupport.Define(new Entity { Code = entity, Name = CountryNames.NameOf(entity) ?? name, Kind = "country" }, context, content);
                var notes = new List<string>(3);
                var estimate = estimatesAfter is { } lastActual && period.StartYear > lastActual;
                if (estimate)
                {
                    estimates++;
                    notes.Add(string.Create(CultureInfo.InvariantCulture, $"estimate or projection: after the last year of actual data ({header[columns.Estimates]}: {estimatesAfter})"));
                }

                if (flag is not null)
                {
                    notes.Add(flag);
                }

                if (rowNote is not null)
                {
                    notes.Add(rowNote);
                }

                content.Observations.Add(new ParsedObservation(new Observation
                {
                    IndicatorId = indicator.Id,
                    EntityCode = entity,
                    Period = period.Text,
                    Value = value,
                    SourceId = source,
                    Locator = $"{file}: {Where(header, columns, identity, code, name)}{columns.SeriesLocator(fields, header)}, {(headerPeriod is null ? $"{header[columns.Period]} = {periodText}, column '{header[column]}'" : $"column {header[column]}")}{editionText}",
                    Basis = estimate ? ObservationBasis.Estimate : ObservationBasis.Stated,
                    Note = notes.Count == 0 ? null : string.Join("; ", notes),
                }, period, line));
            }
        }, meta: null);

        foreach (var (name, (line, count)) in unknown)
        {
            errors.Add(ImportError.At(display, line, identity.Column, name, string.Create(CultureInfo.InvariantCulture,
                $"is not a known country ({count} row{(count == 1 ? string.Empty : "s")} from this line on): use an ISO 3166 code or a spelling from the country list, or remove the rows (aggregates such as 'World' are not countries)")));
        }

        if (aggregates.Count > 0)
        {
            content.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"skipped {aggregates.Values.Sum()} rows of {aggregates.Count} aggregates or regions (no country): {string.Join("; ", aggregates.Keys.Take(30))}{(aggregates.Count > 30 ? "; …" : string.Empty)}"));
        }

        if (otherSeries > 0)
        {
            content.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"{otherSeries} rows of series not chosen were left out"));
        }

        if (estimates > 0)
        {
            content.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{estimates} values after a country's '{header[columns.Estimates]}' year are the publisher's estimates or projections: stored with basis 'estimate' (charts draw them apart) and each such row says so in its note"));
        }

        if (footer is not null)
        {
            content.Notes.Add(footer);
        }

        foreach (var note in cells.Values.SelectMany(c => c.Notes()).Distinct(StringComparer.Ordinal))
        {
            content.Notes.Add(note);
        }

        ReaderSupport.PruneUnusedEntities(content);
        return content;
    }

    /// <summary>
    /// The row's last year of actual data (WEO "Estimates Start After"): null when the layout has no such column or the
    /// cell is empty or a no-data mark; false for anything else that is not a year on a row with values, which must not
    /// pass as "no estimates".
    /// </summary>
    private static bool TryEstimatesAfter(string[] fields, PortalColumns columns, out int? after)
    {
        after = null;
        if (columns.Estimates < 0 || fields[columns.Estimates] is var cell && (cell.Length == 0 || ValueCells.NoData.Contains(cell)))
        {
            return true;
        }

        if (cell.Length == 4 && int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            after = year;
            return true;
        }

        // Anything else ("0") may stand on a row without values; on a row with values it cannot be read as a year.
        return columns.ValueColumns.TrueForAll(v => fields[v.Column].Length == 0 || ValueCells.NoData.Contains(fields[v.Column]));
    }

    private static string Label(string code, string name) => name.Length == 0 ? code : code.Length == 0 ? name : $"{name} ({code})";

    private static string Where(string[] header, PortalColumns columns, CountryIdentity identity, string code, string name) =>
        identity.Column == columns.NameName && columns.Name >= 0 ? $"{header[columns.Name]} = {name}"
        : columns.Code >= 0 ? $"{header[columns.Code]} = {code}"
        : $"{header[columns.Name]} = {name}";

    private static string Cell(string[] fields, int index) => index >= 0 && index < fields.Length ? fields[index] : string.Empty;

    /// <summary>The year of a wide layout's column header: 2019, "2019 [YR2019]", "YR2019", "2019 " (Eurostat).</summary>
    public static Period? YearOf(string header)
    {
        var text = header.Trim();
        if (CountryTableLayout.YearHeader(text) is { } year)
        {
            return Period.Parse(year.ToString(CultureInfo.InvariantCulture));
        }

        return text.Length == 7 && Period.TryParse(text, out var month, out _) && month.Kind == PeriodKind.Month ? month : null;
    }

    private Dictionary<string, Indicator>? DefineIndicators(Dictionary<string, PortalSeries> chosen, TableSource table, ReaderContext context, DatasetContent content,
        string display, ErrorList errors, string prefix)
    {
        var result = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in chosen.Values)
        {
            var named = context.Indicator;
            var unit = named?.Unit ?? s.Unit ?? (Layout.UnitFromName ? WorldBankUnit(s.BaseName) : null) ?? Layout.UnitFromSheet?.Invoke(table.Dialect.Sheet) ?? Layout.FallbackUnit;
            var sheet = Layout.SeriesTitleFromSheet is not null ? table.Dialect.Sheet : null;
            var seriesName = sheet is null ? s.Name : $"{Layout.SeriesTitleFromSheet}, {sheet}";
            var id = named?.Id ?? prefix + ReaderSupport.Slug(sheet ?? s.Code ?? s.Name, 80 - prefix.Length);
            if (!RowParser.IsSlug(id))
            {
                errors.Add(ImportError.At(display, s.FirstLine, "indicator", id, "is not a valid indicator id (lower-case letters, digits and '-'): name it (--indicator id)"));
                return null;
            }

            if (!ids.Add(id))
            {
                errors.Add(ImportError.At(display, s.FirstLine, "series", s.Code ?? s.Name, $"gives the indicator id '{id}' of another series: import the series one at a time (--series)"));
                return null;
            }

            if (context.References.Indicators.TryGetValue(id, out var stored))
            {
                result[s.Key] = stored;
                continue;
            }

            if (unit is null)
            {
                errors.Add(ImportError.At(display, 0, "unit", null, $"is needed: the file does not say the unit of series '{s.Name}' (--unit; 'Unit' on the upload form)"));
                return null;
            }

            var indicator = new Indicator
            {
                Id = id,
                Name = named?.Name ?? seriesName,
                Unit = unit,
                Dimension = named?.Dimension ?? Layout.Dimension,
                Description = $"{seriesName}{(s.Code is null ? string.Empty : " (" + s.Code + ")")}, from a {FormatName} download.",
                ChartKind = "line",
            };
            ReaderSupport.Define(indicator, context, content);
            result[s.Key] = indicator;
        }

        return result;
    }

    /// <summary>The unit the World Bank (and the WHO) write in a name's last parentheses: "GDP (current US$)" → "current US$".</summary>
    public static string? WorldBankUnit(string name)
    {
        var end = name.TrimEnd();
        if (!end.EndsWith(')'))
        {
            return null;
        }

        var open = end.LastIndexOf('(');
        return open < 0 ? null : end[(open + 1)..^1].Trim() is { Length: > 0 } unit ? unit : null;
    }
}
