using System.Globalization;
using Dashboard.Data.Import.Tables;
using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// The second pass of <see cref="PortalReader"/>: one observation per value cell of the chosen series, with what was
/// left out counted as it goes (aggregates, unknown countries, series not chosen, the publisher's estimates) and said at
/// the end as errors and notes.
/// </summary>
internal sealed class PortalValues(
    PortalLayout layout, PortalColumns columns, CountryIdentity identity, string[] header, Dictionary<string, Indicator> indicators,
    NumberText numbers, string source, string? edition, ReaderContext context, DatasetContent content, ErrorList errors, string display)
{
    private readonly string _file = ReaderSupport.FileName(display);
    private readonly string _editionText = edition is null ? string.Empty : $" ({edition})";
    private readonly Dictionary<string, ValueCells> _cells = indicators.ToDictionary(i => i.Key, i => new ValueCells(numbers, i.Value.Unit), StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _aggregates = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (int Line, int Rows)> _unknown = new(StringComparer.Ordinal);
    private long _otherSeries;
    private long _estimates;

    /// <summary>Reads one record of the table (the callback of <see cref="PortalTable.Scan"/>).</summary>
    public void Row(string[] fields, int line, TableRecords records)
    {
        var key = columns.SeriesKey(fields);
        if (!indicators.TryGetValue(key, out var indicator))
        {
            _otherSeries++;
            return;
        }

        string code = PortalReader.Cell(fields, columns.Code), name = PortalReader.Cell(fields, columns.Name);
        if (columns.LocationType >= 0 && !string.Equals(fields[columns.LocationType], "Country", StringComparison.OrdinalIgnoreCase))
        {
            _aggregates[Label(code, name)] = _aggregates.GetValueOrDefault(Label(code, name)) + 1;
            return;
        }

        if (layout.SkipEmptyRows && columns.ValueColumns.All(v => fields[v.Column].Length == 0 || ValueCells.NoData.Contains(fields[v.Column])))
        {
            return;
        }

        var byYear = CountryIdentity.NeedsYear(name);
        var rowEntity = byYear ? null : identity.Resolve(code, name, null);
        if (rowEntity is null && !byYear)
        {
            if (layout.SkipAggregates && !CountryNames.IsCountryCode(code))
            {
                _aggregates[Label(code, name)] = _aggregates.GetValueOrDefault(Label(code, name)) + 1;
            }
            else
            {
                var shown = identity.Column == columns.NameName ? name : code;
                _unknown[shown] = _unknown.TryGetValue(shown, out var seen) ? (seen.Line, seen.Rows + 1) : (line, 1);
            }

            return;
        }

        if (!TryEstimatesAfter(fields, out var estimatesAfter))
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
            var reader = _cells[key];
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
                _unknown[name] = _unknown.TryGetValue(name, out var seen) ? (seen.Line, seen.Rows + 1) : (line, 1);
                continue;
            }

            ReaderSupport.Define(new Entity { Code = entity, Name = CountryNames.NameOf(entity) ?? name, Kind = "country" }, context, content);
            var notes = new List<string>(3);
            var estimate = estimatesAfter is { } lastActual && period.StartYear > lastActual;
            if (estimate)
            {
                _estimates++;
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
                Locator = $"{_file}: {Where(code, name)}{columns.SeriesLocator(fields, header)}, {(headerPeriod is null ? $"{header[columns.Period]} = {periodText}, column '{header[column]}'" : $"column {header[column]}")}{_editionText}",
                Basis = estimate ? ObservationBasis.Estimate : ObservationBasis.Stated,
                Note = notes.Count == 0 ? null : string.Join("; ", notes),
            }, period, line));
        }
    }

    /// <summary>Reports what the pass left out: unknown countries as errors, the rest as notes (the table's footer note among them).</summary>
    public void Finish(string? footer)
    {
        foreach (var (name, (line, count)) in _unknown)
        {
            errors.Add(ImportError.At(display, line, identity.Column, name, string.Create(CultureInfo.InvariantCulture,
                $"is not a known country ({count} row{(count == 1 ? string.Empty : "s")} from this line on): use an ISO 3166 code or a spelling from the country list, or remove the rows (aggregates such as 'World' are not countries)")));
        }

        if (_aggregates.Count > 0)
        {
            content.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"skipped {_aggregates.Values.Sum()} rows of {_aggregates.Count} aggregates or regions (no country): {string.Join("; ", _aggregates.Keys.Take(30))}{(_aggregates.Count > 30 ? "; …" : string.Empty)}"));
        }

        if (_otherSeries > 0)
        {
            content.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"{_otherSeries} rows of series not chosen were left out"));
        }

        if (_estimates > 0)
        {
            content.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{_estimates} values after a country's '{header[columns.Estimates]}' year are the publisher's estimates or projections: stored with basis 'estimate' (charts draw them apart) and each such row says so in its note"));
        }

        if (footer is not null)
        {
            content.Notes.Add(footer);
        }

        foreach (var note in _cells.Values.SelectMany(c => c.Notes()).Distinct(StringComparer.Ordinal))
        {
            content.Notes.Add(note);
        }
    }

    private static string Label(string code, string name) => name.Length == 0 ? code : code.Length == 0 ? name : $"{name} ({code})";

    /// <summary>
    /// The row's last year of actual data (WEO "Estimates Start After"): null when the layout has no such column or the
    /// cell is empty or a no-data mark; false for anything else that is not a year on a row with values, which must not
    /// pass as "no estimates".
    /// </summary>
    private bool TryEstimatesAfter(string[] fields, out int? after)
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

    private string Where(string code, string name) =>
        identity.Column == columns.NameName && columns.Name >= 0 ? $"{header[columns.Name]} = {name}"
        : columns.Code >= 0 ? $"{header[columns.Code]} = {code}"
        : $"{header[columns.Name]} = {name}";
}
