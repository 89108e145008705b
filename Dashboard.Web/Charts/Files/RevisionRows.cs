using Dashboard.Data.Model;

namespace Dashboard.Web.Charts.Files;

/// <summary>
/// The revision history of a chart's rows as a table, for <c>revisions.csv</c> (the indicator's download and the
/// briefing pack), written by <see cref="ChartCsv"/>: one row per change, old → new, newest revision first.
/// </summary>
public static class RevisionRows
{
    public const string FileName = "revisions.csv";

    /// <summary>At most this many changes, the newest (the API pages through all of them).</summary>
    public const int MaxRows = 50_000;

    public static ChartRows Of(IEnumerable<RevisionChange> changes, Func<string, string?> name) => new(
        ["revised_at", "edition", "origin", "dataset", "indicator", "entity", "entity_name", "counterpart", "counterpart_name", "period", "change", "old_value", "new_value"],
        changes.Select(c => (IReadOnlyList<object?>)
        [
            c.RevisedAt, c.Edition, c.Origin, c.DatasetId, c.IndicatorId, c.EntityCode, name(c.EntityCode), c.CounterpartCode,
            c.CounterpartCode is null ? null : name(c.CounterpartCode), c.Period, c.Change, c.OldValue, c.NewValue,
        ]));
}
