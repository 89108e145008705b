namespace Dashboard.Data.Model;

/// <summary>One value of an indicator for an entity (and optional counterpart) in a period, with its provenance.</summary>
public sealed record Observation
{
    public string IndicatorId { get; init; } = "";
    public string EntityCode { get; init; } = "";
    public string? CounterpartCode { get; init; }
    public string Period { get; init; } = "";
    public string? PeriodAsStated { get; init; }
    public double Value { get; init; }
    public string SourceId { get; init; } = "";
    public string Locator { get; init; } = "";
    public string Basis { get; init; } = "";
    public string? DerivedFrom { get; init; }
    public string? Note { get; init; }

    /// <summary>The parsed <see cref="Period"/>.</summary>
    public Period ParsedPeriod => Model.Period.Parse(Period);
}
