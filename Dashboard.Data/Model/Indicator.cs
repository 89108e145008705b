namespace Dashboard.Data.Model;

/// <summary>What is measured (<c>data/indicators.csv</c>).</summary>
public sealed record Indicator
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string Unit { get; init; } = "";
    public string Dimension { get; init; } = "";
    public string Description { get; init; } = "";
    public string ChartKind { get; init; } = "";
    public double? MinValue { get; init; }
    public double? MaxValue { get; init; }

    /// <summary>Digits shown where values are rounded for reading (<c>display_precision</c>; "" = the default, see <see cref="NumberPrecision"/>).</summary>
    public string DisplayPrecision { get; init; } = "";

    /// <summary>True when the contract says a missing row means zero (<c>missing_means_zero</c>: TOP500, absent from a list = 0 systems).</summary>
    public bool MissingMeansZero { get; init; }

    /// <summary>How a map classes the values (<c>map_classes</c>): <c>equal</c> (nice equal steps, the default) or <c>quantile</c>.</summary>
    public string MapClasses { get; init; } = "equal";

    /// <summary>The parsed <see cref="DisplayPrecision"/>.</summary>
    public NumberPrecision Precision => NumberPrecision.From(DisplayPrecision);
}
