using Dashboard.Data.Import.Contract;
using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Formats;

/// <summary>Where each role is in the header.</summary>
internal sealed class PortalColumns
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

    public static PortalColumns? Of(PortalLayout layout, string[] header, ReaderContext context, string display, int line, ErrorList errors)
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
                if (!roles.Contains(i) && PortalReader.YearOf(header[i]) is { } year)
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

        return new PortalColumns
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
