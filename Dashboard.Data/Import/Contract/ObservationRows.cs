using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Contract;

/// <summary>Parses observation rows of the contract (<c>data/observations/*.csv</c>, or an upload in that format).</summary>
public static class ObservationRows
{
    /// <summary>
    /// Returns the observation and its parsed period, or null when the row broke a rule (errors added). With
    /// <paramref name="rules"/> (the data folder) the row is also checked against its references; an upload leaves that
    /// to the importer, which knows the store.
    /// </summary>
    public static (Observation Observation, Period Period)? Parse(RowParser p, ObservationRules? rules)
    {
        var period = p.Period("period");
        var valueText = p.Row["value"];
        var value = p.Number("value");
        var valueParsed = p.Ok;
        var observation = new Observation
        {
            IndicatorId = p.Row["indicator"],
            EntityCode = p.Row["entity"],
            CounterpartCode = p.Optional("counterpart"),
            Period = period?.Text ?? string.Empty,
            PeriodAsStated = p.Optional("period_as_stated"),
            Value = value,
            SourceId = p.Row["source"],
            Locator = p.Row["locator"],
            Basis = p.Row["basis"],
            DerivedFrom = p.Optional("derived_from"),
            Note = p.Optional("note"),
        };
        rules?.Check(observation, p.Fail, valueParsed, valueText);

        return p.Ok && period is { } parsed ? (observation, parsed) : null;
    }
}
