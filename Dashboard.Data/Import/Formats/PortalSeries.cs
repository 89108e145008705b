using System.Globalization;

namespace Dashboard.Data.Import.Formats;

/// <summary>One series of a portal file as the first pass found it (code, name, unit, first line, rows), and the choice of the series to import.</summary>
internal sealed class PortalSeries(string key, string? code, string name, string? unit, int firstLine)
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

    private const int SeriesListed = 12;

    /// <summary>
    /// The series to import: all of them, or those the user named (<c>--series</c>); null with the errors when a named
    /// series is not in the file, one indicator was named for several series, or a series changes its unit.
    /// </summary>
    public static Dictionary<string, PortalSeries>? Choose(Dictionary<string, PortalSeries> series, ReaderContext context, string display, ErrorList errors)
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

    private static string List(List<PortalSeries> series) =>
        string.Join("; ", series.Take(SeriesListed).Select(s => s.Code is null ? $"'{s.Name}'" : $"{s.Code} ({s.Name})")) + (series.Count > SeriesListed ? $"; … {series.Count - SeriesListed} more" : string.Empty);
}
