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
    private const int MaxPreamble = 40;
    private const int SeriesListed = 12;

    public PortalLayout Layout { get; } = layout;

    public string FormatName => Layout.FormatName;

    public bool Matches(IReadOnlyList<string[]> firstRecords)
    {
        for (var i = 0; i < firstRecords.Count; i++)
        {
            if (IsHeader(firstRecords[i], out _))
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
        var (header, headerLine, skip) = FindHeader(table, meta);
        if (header is null)
        {
            errors.Add(ImportError.At(display, 1, null, null, $"does not have the shape of the format {FormatName}: expected a header {Layout.ExpectedHeader} within the first {MaxPreamble} lines"));
            return content;
        }

        var columns = Columns.Of(Layout, header, context, display, headerLine, errors);
        if (columns is null)
        {
            return content;
        }

        // Pass 1: countries and series.
        var identity = new CountryIdentity(display, columns.CodeName, Layout.CodeKind, columns.NameName, context.EntityMap);
        var series = new Dictionary<string, SeriesInfo>(StringComparer.Ordinal);
        var footer = Scan(table, header, headerLine, skip, errors, (fields, line, records) =>
        {
            identity.See(Cell(fields, columns.Code), Cell(fields, columns.Name), line);
            var key = columns.SeriesKey(fields);
            if (!series.TryGetValue(key, out var info))
            {
                series[key] = info = new SeriesInfo(key, columns.SeriesCodeOf(fields), columns.SeriesNameOf(fields, Layout), columns.UnitOf(fields), line)
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

        var chosen = ChooseSeries(series, context, display, errors);
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
        Scan(table, header, headerLine, skip, new ErrorList(), (fields, line, records) =>
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
    private static bool TryEstimatesAfter(string[] fields, Columns columns, out int? after)
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

    private static string Where(string[] header, Columns columns, CountryIdentity identity, string code, string name) =>
        identity.Column == columns.NameName && columns.Name >= 0 ? $"{header[columns.Name]} = {name}"
        : columns.Code >= 0 ? $"{header[columns.Code]} = {code}"
        : $"{header[columns.Name]} = {name}";

    private static string Cell(string[] fields, int index) => index >= 0 && index < fields.Length ? fields[index] : string.Empty;

    private bool IsHeader(string[] raw, out string[] fields)
    {
        fields = raw;
        if (Layout.PackedFirstColumn && (raw.Length == 0 || !raw[0].Contains('\\', StringComparison.Ordinal)))
        {
            return false;
        }

        fields = Unpack(raw, header: true);
        var header = fields;
        return Layout.Signature.All(s => header.Any(f => string.Equals(f.Trim(), s, StringComparison.OrdinalIgnoreCase)))
            && (Layout.PeriodColumn is not null || header.Any(f => YearOf(f) is not null));
    }

    /// <summary>Eurostat's packed first column: "freq,unit,geo\TIME_PERIOD" → freq | unit | geo, and the row's codes likewise.</summary>
    private string[] Unpack(string[] fields, bool header)
    {
        if (!Layout.PackedFirstColumn || fields.Length == 0 || (header && !fields[0].Contains('\\', StringComparison.Ordinal)))
        {
            return fields;
        }

        var first = fields[0];
        if (header)
        {
            first = first[..first.LastIndexOf('\\')];
        }

        return [.. first.Split(','), .. fields[1..]];
    }

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

    private (string[]? Header, int Line, int Skip) FindHeader(TableSource table, List<string> meta)
    {
        using var records = table.Open(new ErrorList());
        for (var n = 0; n < MaxPreamble && records.TryRead(out var fields, out var line); n++)
        {
            if (IsHeader(fields, out var unpacked))
            {
                return (unpacked.Select(f => f.Trim()).ToArray(), line, n);
            }

            meta.Add(string.Join(" ", fields.Where(f => f.Length > 0)));
        }

        return (null, 0, 0);
    }

    /// <summary>
    /// Reads the rows after the header; footer lines end the table. Returns a note about the footer, if any. Errors of
    /// the table itself (stray quotes, widths, a header name given twice) go to <paramref name="tableErrors"/>: the
    /// first pass reports them, the second passes a list it drops.
    /// </summary>
    private string? Scan(TableSource table, string[] header, int headerLine, int skip, ErrorList tableErrors, Action<string[], int, TableRecords> row, List<string>? meta)
    {
        using var records = table.Open(tableErrors);
        for (var i = 0; i <= skip && records.TryRead(out _, out _); i++)
        {
        }

        if (!records.UseHeader(header, headerLine))
        {
            return null;
        }

        string? footerNote = null;
        while (records.TryRead(out var fields, out var line))
        {
            if (Layout.FooterStarts.Any(f => fields[0].StartsWith(f, StringComparison.OrdinalIgnoreCase)))
            {
                var rest = 1;
                meta?.Add(string.Join(" ", fields.Where(f => f.Length > 0)));
                while (records.TryRead(out var more, out _))
                {
                    meta?.Add(string.Join(" ", more.Where(f => f.Length > 0)));
                    rest++;
                }

                footerNote = string.Create(CultureInfo.InvariantCulture, $"{rest} footer line{(rest == 1 ? string.Empty : "s")} from line {line} on ('{fields[0]}') are the portal's notes, not data: left out");
                break;
            }

            fields = Unpack(fields, header: false);
            if (!records.Fit(ref fields, header.Length, line))
            {
                continue;
            }

            row(fields, line, records);
        }

        return footerNote;
    }

    private static Dictionary<string, SeriesInfo>? ChooseSeries(Dictionary<string, SeriesInfo> series, ReaderContext context, string display, ErrorList errors)
    {
        var all = series.Values.OrderBy(s => s.FirstLine).ToList();
        if (all.Count == 0)
        {
            if (!errors.HasErrors)
            {
                errors.Add(ImportError.At(display, 0, null, null, "has no data rows after its header"));
            }

            return null;
        }

        var chosen = all;
        if (context.Series is { Count: > 0 } wanted)
        {
            var missing = wanted.Where(w => !all.Any(s => s.Matches(w))).ToList();
            if (missing.Count > 0)
            {
                errors.Add(ImportError.At(display, 0, "series", string.Join(",", missing), $"is not a series of this file (its series: {List(all)})"));
                return null;
            }

            chosen = all.Where(s => wanted.Any(s.Matches)).ToList();
        }

        if (context.Indicator is not null && chosen.Count > 1)
        {
            errors.Add(ImportError.At(display, 0, "series", null, string.Create(CultureInfo.InvariantCulture,
                $"this file holds {chosen.Count} series ({List(chosen)}) and one indicator was named: choose its series (--series CODE; 'Series' on the upload form), or leave the indicator out to import one indicator per series")));
            return null;
        }

        foreach (var s in chosen.Where(s => s.OtherUnit is not null))
        {
            errors.Add(ImportError.At(display, s.OtherUnit!.Value.Line, null, s.OtherUnit.Value.Unit,
                $"is another unit than '{s.Unit}' (line {s.FirstLine}) within series '{s.Code ?? s.Name}': one series has one unit; import the rows of each unit separately"));
        }

        return errors.HasErrors ? null : chosen.ToDictionary(s => s.Key, StringComparer.Ordinal);
    }

    private static string List(List<SeriesInfo> series) =>
        string.Join("; ", series.Take(SeriesListed).Select(s => s.Code is null ? $"'{s.Name}'" : $"{s.Code} ({s.Name})")) + (series.Count > SeriesListed ? $"; … {series.Count - SeriesListed} more" : string.Empty);

    private Dictionary<string, Indicator>? DefineIndicators(Dictionary<string, SeriesInfo> chosen, TableSource table, ReaderContext context, DatasetContent content,
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

    private sealed class SeriesInfo(string key, string? code, string name, string? unit, int firstLine)
    {
        public string Key { get; } = key;
        public string? Code { get; } = code;
        public string Name { get; } = name;
        public string? Unit { get; } = unit;
        public int FirstLine { get; } = firstLine;
        public string BaseName { get; init; } = string.Empty;
        public long Rows { get; set; }
        public (string Unit, int Line)? OtherUnit { get; set; }

        public bool Matches(string wanted) =>
            string.Equals(wanted.Trim(), Code, StringComparison.OrdinalIgnoreCase) || string.Equals(wanted.Trim(), Name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(wanted.Trim(), Key, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Where each role is in the header.</summary>
    private sealed class Columns
    {
        public int Code { get; private init; } = -1;
        public int Name { get; private init; } = -1;
        public string? CodeName { get; private init; }
        public string? NameName { get; private init; }
        public int LocationType { get; private init; } = -1;
        public int Period { get; private init; } = -1;
        public int Estimates { get; private init; } = -1;
        public int[] SeriesCodes { get; private init; } = [];
        public int[] SeriesNames { get; private init; } = [];
        public int[] Dims { get; private init; } = [];
        public int[] UnitColumns { get; private init; } = [];
        public int[] Notes { get; private init; } = [];
        public string[] Header { get; private init; } = [];
        public List<(int Column, Period? Period)> ValueColumns { get; private init; } = [];

        public static Columns? Of(PortalLayout layout, string[] header, ReaderContext context, string display, int line, ErrorList errors)
        {
            int Find(string? name) => name is null ? -1 : Array.FindIndex(header, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
            int[] All(IEnumerable<string> names) => names.Select(Find).Where(i => i >= 0).ToArray();
            var code = Find(layout.CountryCode);
            var name = layout.NameAfterCode ? (code >= 0 && code + 1 < header.Length && header[code + 1].Length == 0 ? code + 1 : -1) : Find(layout.CountryName);
            var period = Find(layout.PeriodColumn);
            var estimates = Find(layout.EstimatesColumn);
            var roles = new HashSet<int>([code, name, period, estimates, Find(layout.LocationType), Find(layout.ValueColumn)]);
            roles.UnionWith(All(layout.SeriesCode));
            roles.UnionWith(All(layout.SeriesName));
            roles.UnionWith(All(layout.Units));
            roles.UnionWith(All(layout.NoteColumns));
            roles.UnionWith(All(layout.Dimensions));
            var values = new List<(int, Period?)>();
            var dims = All(layout.Dimensions).ToList();
            if (layout.PeriodColumn is null)
            {
                for (var i = 0; i < header.Length; i++)
                {
                    if (!roles.Contains(i) && YearOf(header[i]) is { } year)
                    {
                        values.Add((i, year));
                    }
                }
            }
            else if (Find(layout.ValueColumn) is var v and >= 0)
            {
                values.Add((v, null));
            }

            if (layout.OtherColumnsAreDimensions)
            {
                dims.AddRange(Enumerable.Range(0, header.Length).Where(i => !roles.Contains(i) && values.TrueForAll(c => c.Item1 != i) && header[i].Length > 0));
            }

            if (context.CountryColumn is { } chosen && Find(chosen) < 0)
            {
                errors.Add(ImportError.At(display, line, "country-column", chosen, $"is not a column of this file (its country columns: {string.Join(", ", new[] { code, name }.Where(i => i >= 0).Select(i => $"'{header[i]}'"))})"));
                return null;
            }

            if (values.Count == 0 || (code < 0 && name < 0))
            {
                errors.Add(ImportError.At(display, line, null, null, $"has the header of {layout.FormatName} but no {(values.Count == 0 ? "value or year columns" : "country column")}: expected {layout.ExpectedHeader}"));
                return null;
            }

            return new Columns
            {
                Code = code,
                Name = name,
                CodeName = code >= 0 ? header[code] : null,
                NameName = name >= 0 ? (header[name].Length > 0 ? header[name] : "(name)") : null,
                LocationType = Find(layout.LocationType),
                Period = period,
                Estimates = estimates,
                SeriesCodes = All(layout.SeriesCode),
                SeriesNames = All(layout.SeriesName),
                Dims = [.. dims],
                UnitColumns = All(layout.Units),
                Notes = All(layout.NoteColumns),
                Header = header,
                ValueColumns = values,
            };
        }

        public string SeriesKey(string[] fields) =>
            string.Join("|", SeriesCodes.Length > 0 ? SeriesCodes.Select(i => fields[i]) : SeriesNames.Select(i => fields[i])) +
            (Dims.Length == 0 ? string.Empty : "|" + string.Join("|", Dims.Select(i => fields[i]))) +
            (UnitColumns.Length == 0 || SeriesCodes.Length > 0 ? string.Empty : "|" + string.Join("|", UnitColumns.Select(i => fields[i])));

        public string? SeriesCodeOf(string[] fields)
        {
            var units = SeriesCodes.Length > 0 ? [] : UnitColumns.Select(i => fields[i]);
            var parts = SeriesCodes.Select(i => fields[i]).Concat(Dims.Select(i => fields[i])).Concat(units).Where(p => p.Length > 0).ToList();
            return parts.Count == 0 || (SeriesCodes.Length == 0 && Dims.Length == 0) ? null : string.Join(".", parts);
        }

        public string SeriesNameOf(string[] fields, PortalLayout layout)
        {
            var name = string.Join(", ", SeriesNames.Select(i => fields[i]).Where(n => n.Length > 0));
            var dims = string.Join(", ", Dims.Select(i => (Header[i], fields[i])).Where(d => d.Item2.Length > 0)
                .Select(d => layout.OtherColumnsAreDimensions ? $"{d.Item1} {d.Item2}" : d.Item2));
            if (name.Length == 0)
            {
                name = SeriesCodes.Length > 0 ? string.Join(".", SeriesCodes.Select(i => fields[i])) : layout.FormatName;
            }

            return dims.Length == 0 ? name : $"{name} ({dims})";
        }

        public string? UnitOf(string[] fields)
        {
            var unit = string.Join(", ", UnitColumns.Select(i => fields[i]).Where(u => u.Length > 0));
            return unit.Length == 0 ? null : unit;
        }

        public string? NoteOf(string[] fields)
        {
            var notes = Notes.Where(i => fields[i].Length > 0).Select(i => $"{Header[i]}: {fields[i]}").ToList();
            return notes.Count == 0 ? null : string.Join("; ", notes);
        }

        public string SeriesLocator(string[] fields, string[] header)
        {
            var parts = (SeriesCodes.Length > 0 ? SeriesCodes : SeriesNames).Concat(Dims).Where(i => fields[i].Length > 0).Select(i => $"{header[i]} = {fields[i]}");
            var text = string.Join(", ", parts);
            return text.Length == 0 ? string.Empty : ", " + text;
        }
    }
}
