using Dashboard.Data.Model;

namespace Dashboard.Web.Charts.Model;

/// <summary>
/// One value of a series: <see cref="X"/> is the period's mid-year (the time-axis position), <see cref="Period"/> the
/// period (its contract text "2019-11", kind and span) and <see cref="PeriodLabel"/> the label for people ("Nov 2019"). A marked point is drawn
/// with a ring and <see cref="MarkLabel"/> (e.g. the paper's own figure inside a primary-source series). The row it
/// comes from: entity, counterpart, source, locator and basis (null for a sum such as "Other suppliers").
/// </summary>
public sealed record ChartPoint
{
    public double X { get; init; }
    public Period Period { get; init; }
    public string PeriodLabel { get; init; } = "";

    /// <summary>The period in the source's own words, when the row gives them (<c>period_as_stated</c>).</summary>
    public string? PeriodAsStated { get; init; }

    /// <summary>The bar category the point belongs to (a period label, or entity and period for stacked shares).</summary>
    public string Category { get; init; } = "";
    public double Value { get; init; }
    public bool Marked { get; init; }
    public string? MarkLabel { get; init; }
    public string Entity { get; init; } = "";
    public string? Counterpart { get; init; }
    public string? SourceId { get; init; }
    public string? Locator { get; init; }
    public string? Basis { get; init; }
}
