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
/// <see cref="ValueCells"/>. The second pass is <see cref="PortalValues"/>.
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
        var values = new PortalValues(Layout, columns, identity, header, indicators, numbers, source, edition, context, content, errors, display);
        _table.Scan(table, header, headerLine, skip, new ErrorList(), values.Row, meta: null);
        values.Finish(footer);
        ReaderSupport.PruneUnusedEntities(content);
        return content;
    }

    internal static string Cell(string[] fields, int index) => index >= 0 && index < fields.Length ? fields[index] : string.Empty;

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
