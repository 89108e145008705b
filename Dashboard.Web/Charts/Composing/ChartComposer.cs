using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;

namespace Dashboard.Web.Charts.Composing;

/// <summary>
/// Turns <see cref="ChartInputs"/> into the <see cref="ChartSpec"/>, by chart family: series (line, slope, bars,
/// stacked shares), timeline, project table, map. Pure: no store, no clock, no I/O.
/// </summary>
public static class ChartComposer
{
    public static ChartSpec Compose(ChartInputs inputs, ChartOptions options)
    {
        var spec = inputs.DeclaredKind switch
        {
            _ when inputs.Selection.IsMap => MapComposer.Compose(inputs, options),
            ChartKind.Timeline => TimelineComposer.Compose(inputs, options),
            ChartKind.Table => ProjectTableComposer.Compose(inputs, options),
            var kind => ObservationComposer.Compose(inputs, kind, options),
        };

        // A chart as published on a date says so first: its values may differ from today's.
        return inputs.Selection.AsOf is { } day
            ? spec with { Notes = [$"As published on {day.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}: values rebuilt from the revision history (later revisions undone)", .. spec.Notes] }
            : spec;
    }

    /// <summary>What every spec of an indicator shares: selection, kinds, titles, unit and range, names, data version.</summary>
    internal static ChartSpec Base(ChartInputs cx, ChartKind kind) => new()
    {
        Selection = cx.Selection,
        Kind = kind,
        DeclaredKind = cx.DeclaredKind,
        IndicatorId = cx.Indicator.Id,
        Title = cx.Indicator.Name,
        Unit = cx.Indicator.Unit,
        Precision = cx.Indicator.Precision,
        DataVersion = cx.DataVersion,
    };
}
