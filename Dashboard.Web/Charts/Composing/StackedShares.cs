using System.Globalization;
using Dashboard.Data.Model;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Styling;

namespace Dashboard.Web.Charts.Composing;

/// <summary>
/// The series of a stacked share: China and Russia first (always, however small), then the
/// <see cref="NamedSuppliers"/> others with the largest mean share over the bars shown; the rest summed per bar as
/// "Other suppliers", so every bar still adds up to its whole.
/// </summary>
public static class StackedShares
{
    /// <summary>A stacked share names at most this many suppliers besides China and Russia; the rest are summed.</summary>
    public const int NamedSuppliers = 4;

    /// <summary>At most this many bars in a stacked share (recipients × windows); more → non-overlapping windows.</summary>
    public const int MaxBars = 30;

    public const string OtherSuppliersName = "Other suppliers";

    /// <summary>The series in stack and legend order, and the codes summed as "Other suppliers".</summary>
    public static (List<ChartSeries> Series, HashSet<string> Summed) Compose(
        ChartInputs cx, IReadOnlyList<Observation> rows, SeriesIdentity identity, Func<Observation, bool, ChartPoint> point,
        IReadOnlyCollection<string> entityCodes, IReadOnlyCollection<string> counterpartCodes, ChartNotes notes)
    {
        var (named, minor) = Split(rows, identity.Code);
        var series = named
            .Select(code => rows.Where(o => identity.Code(o) == code).ToList())
            .Select(g => new ChartSeries
            {
                Name = identity.Name(g[0]),
                Entity = identity.Of(g[0]).Entity,
                Counterpart = identity.Of(g[0]).Counterpart,
                StyleCode = identity.Code(g[0]),
                Points = g.OrderBy(o => o.ParsedPeriod.Start).ThenBy(o => o.ParsedPeriod.End).ThenBy(o => o.EntityCode, StringComparer.Ordinal)
                    .Select(o => point(o, false)).ToList(),
            })
            .ToList();
        var summed = minor.ToHashSet(StringComparer.Ordinal);
        if (minor.Count > 0)
        {
            var other = rows.Where(o => summed.Contains(identity.Code(o)))
                .GroupBy(o => (o.EntityCode, o.Period))
                .Select(g => point(g.First(), false) with { Value = g.Sum(o => o.Value), PeriodAsStated = null, Counterpart = null, SourceId = null, Locator = null, Basis = null })
                .OrderBy(p => p.X).ThenBy(p => p.Category, StringComparer.Ordinal)
                .ToList();
            series.Add(new ChartSeries
            {
                Name = cx.Language.T(OtherSuppliersName),
                Entity = entityCodes.Count == 1 ? entityCodes.First() : null,
                StyleCode = ChartPalette.OtherCode,
                Points = other,
            });
            var supplierChosen = cx.Selection.Entities.Any(c => counterpartCodes.Contains(c) && !entityCodes.Contains(c));
            notes.Add(NoteKind.View, cx.Language.F(
                supplierChosen ? "{0}: the {1} smaller suppliers summed per window" : "{0}: the {1} smaller suppliers summed per window, so every bar still adds up to the whole",
                cx.Language.T(OtherSuppliersName), cx.Language.Count(minor.Count)));
        }

        return (series, summed);
    }

    /// <summary>
    /// The suppliers named (in stack and legend order) and the ones summed; a single remaining supplier is named
    /// instead of summed.
    /// </summary>
    private static (List<string> Named, List<string> Minor) Split(IReadOnlyList<Observation> rows, Func<Observation, string> code)
    {
        var bars = Math.Max(1, rows.Select(o => (o.EntityCode, o.Period)).Distinct().Count());
        var mean = rows.GroupBy(code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(o => o.Value) / bars, StringComparer.Ordinal);
        var named = ChartPalette.FocusCodes.Where(mean.ContainsKey).ToList();
        var others = mean.Keys.Except(named, StringComparer.Ordinal)
            .OrderByDescending(c => mean[c]).ThenBy(c => c, StringComparer.Ordinal).ToList();
        var minor = others.Skip(NamedSuppliers).ToList();
        if (minor.Count == 1)
        {
            minor.Clear();
        }

        named.AddRange(others.Except(minor, StringComparer.Ordinal));
        return (named, minor);
    }
}
