using Dashboard.Data.Model;

namespace Dashboard.Web.Charts.Model;

/// <summary>
/// A figure stated in the paper, drawn as a labelled ◆ on the series it comes from: at the series' point of the
/// same period (<see cref="X"/> on a time axis, <see cref="Category"/> for bars), at the height the paper states
/// (<see cref="Value"/>), beside the series' own value there (<see cref="SeriesValue"/>). Built from the claims
/// table by <see cref="ChartResolver"/>, never from constants.
/// </summary>
public sealed record ChartMark
{
    public string ClaimId { get; init; } = "";

    /// <summary>The code of the series the mark belongs to (its <see cref="ChartSeries.StyleCode"/>).</summary>
    public string SeriesCode { get; init; } = "";

    /// <summary>The name of the series the mark belongs to (unique within a chart).</summary>
    public string SeriesName { get; init; } = "";
    public double X { get; init; }
    public Period Period { get; init; }
    public string PeriodLabel { get; init; } = "";
    public string Category { get; init; } = "";

    /// <summary>The value the paper states.</summary>
    public double Value { get; init; }

    /// <summary>The series' value at the same period, for comparison.</summary>
    public double SeriesValue { get; init; }

    /// <summary>The stated figure as written, with "%" for shares: "228", "18%".</summary>
    public string Stated { get; init; } = "";

    /// <summary>"paper: 228", "paper: 18%"; prefixed with the series name when the ◆ lies nearer another series.</summary>
    public string Label { get; init; } = "";

    /// <summary>Marks of one claim checked against several periods share a group and are labelled once.</summary>
    public string Group { get; init; } = "";
}
