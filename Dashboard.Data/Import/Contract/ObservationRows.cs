using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Contract;

/// <summary>Parses and validates observation rows (<c>data/observations/*.csv</c>) against known references.</summary>
public static class ObservationRows
{
    /// <summary>Returns the observation and its parsed period, or null when the row broke a rule (errors added).</summary>
    public static (Observation Observation, Period Period)? Parse(RowParser p, ReferenceSet refs)
    {
        var indicatorId = p.Required("indicator");
        var entity = p.Required("entity");
        var counterpart = p.Optional("counterpart");
        var period = p.Period("period");
        var value = p.Number("value");
        var source = p.Required("source");
        var locator = p.Required("locator");
        var basis = p.OneOf("basis", ContractTables.Bases);
        var derivedFrom = p.Optional("derived_from");

        p.Known("indicator", indicatorId, refs.IndicatorIds, "indicator");
        p.Known("entity", entity, refs.Entities, "entity");
        p.Known("counterpart", counterpart, refs.Entities, "entity");
        p.Known("source", source, refs.Sources, "source");
        if (counterpart is not null && counterpart == entity)
        {
            p.Fail("counterpart", counterpart, "is the same as entity");
        }

        if (basis == "derived" && derivedFrom is null)
        {
            p.Fail("derived_from", null, "is required when basis is 'derived' (say from which file and how)");
        }

        if (p.Ok && refs.Indicators.TryGetValue(indicatorId, out var indicator))
        {
            p.InRange("value", value, indicator.MinValue, indicator.MaxValue, $"'{indicator.Id}' ({indicator.Unit})");
        }

        if (!p.Ok || period is null)
        {
            return null;
        }

        var observation = new Observation
        {
            IndicatorId = indicatorId,
            EntityCode = entity,
            CounterpartCode = counterpart,
            Period = period.Value.Text,
            PeriodAsStated = p.Optional("period_as_stated"),
            Value = value,
            SourceId = source,
            Locator = locator,
            Basis = basis,
            DerivedFrom = derivedFrom,
            Note = p.Optional("note"),
        };
        return (observation, period.Value);
    }
}
