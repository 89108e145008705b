using System.Text.RegularExpressions;
using Dashboard.Data.Model;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Localization;
using Dashboard.Web.Text;

namespace Dashboard.Web.Charts.Composing;

/// <summary>
/// The paper's figures from the claims table, placed on the series and period each claim is checked against, and the
/// notes that explain them (what ◆ means, one figure marked on several candidate periods, different measures).
/// </summary>
public static partial class MarkComposer
{
    public static List<ChartMark> Marks(ChartInputs cx, IReadOnlyList<Observation> rows, SeriesIdentity identity,
        Func<Observation, string> category, ISet<string> summed, bool stacked)
    {
        var marks = new List<ChartMark>();
        foreach (var claim in cx.ClaimMarks)
        {
            var o = rows.FirstOrDefault(o => o.EntityCode == claim.EntityCode && o.CounterpartCode == claim.CounterpartCode && o.Period == claim.Period);
            if (o is null || summed.Contains(identity.Code(o)))
            {
                continue;
            }

            // The paper's figure as printed, in the reader's number format ("18%", "18 %", "%18").
            var number = cx.Language.Digits(claim.StatedText);
            var stated = claim.Unit != "%" ? number : cx.Language.IsEnglish ? number + "%" : cx.Language.PercentOf(number);
            var nearer = !stacked && NearerToAnother(rows, o, claim.StatedValue, identity.Key);
            marks.Add(new ChartMark
            {
                ClaimId = claim.ClaimId,
                SeriesCode = identity.Code(o),
                SeriesName = identity.Name(o),
                X = o.ParsedPeriod.MidYear,
                Period = o.ParsedPeriod,
                PeriodLabel = cx.Language.Period(o.ParsedPeriod),
                Category = category(o),
                Value = claim.StatedValue,
                SeriesValue = o.Value,
                Stated = stated,
                Label = (nearer ? identity.Name(o) + ", " : "") + cx.Language.F("paper: {0}", stated),
                Group = claim.Wording,
            });
        }

        return marks;
    }

    /// <summary>Notes for marked figures: what ◆ means, figures marked on several candidate periods, different measures.</summary>
    public static List<string> Notes(ChartInputs cx, IReadOnlyList<ChartMark> marks, ChartOptions options)
    {
        if (marks.Count == 0)
        {
            return [];
        }

        var language = cx.Language;
        var paper = cx.Sources.GetValueOrDefault(options.PaperSourceId) is { } s ? SourceCitation.Footer(s.Citation) : language.T("the paper");
        var first = ChartTexts.MarkSymbol + " " + language.F("figure stated in {0}, at the period the claim check uses", paper);
        var candidates = marks.GroupBy(m => m.Group, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => language.F("{0} is one figure, marked on each candidate period: {1}", g.First().Stated, string.Join(", ", g.Select(m => ChartTexts.ShortLabel(m.Period, language)))));
        var result = new List<string> { string.Join("; ", candidates.Prepend(first)) };

        // Claims whose explanation starts "Different measures:" compare unlike quantities; say so under the chart.
        var shown = marks.Select(m => m.ClaimId).ToHashSet(StringComparer.Ordinal);
        result.AddRange(cx.ClaimMarks.Where(c => shown.Contains(c.ClaimId))
            .Select(c => MeasureNote(c.Explanation))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal));
        return result;
    }

    /// <summary>The first sentence of an explanation starting "Different measures:", without parentheses; otherwise null.</summary>
    public static string? MeasureNote(string explanation)
    {
        const string prefix = "Different measures:";
        if (!explanation.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var text = Parenthesised().Replace(explanation, "");
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? text.TrimEnd('.') : text[..end]) + ".";
    }

    /// <summary>
    /// Whether a stated value lies nearer another series' value of the same period than its own series' value: then
    /// the mark's label names its series, so a reader does not take the ◆ for the other line's.
    /// </summary>
    private static bool NearerToAnother(IReadOnlyList<Observation> rows, Observation own, double stated, Func<Observation, string> seriesKey)
    {
        var distance = Math.Abs(own.Value - stated);
        return rows.Any(o => o.Period == own.Period && seriesKey(o) != seriesKey(own) && Math.Abs(o.Value - stated) < distance);
    }

    [GeneratedRegex(@"\s*\([^()]*\)")]
    private static partial Regex Parenthesised();
}
