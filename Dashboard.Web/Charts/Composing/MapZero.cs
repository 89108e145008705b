using Dashboard.Data.Model;

namespace Dashboard.Web.Charts.Composing;

/// <summary>A state without a row in a period that has rows, shown as zero because the indicator's rule says so (<see cref="MapZeroFill"/>).</summary>
public sealed record MapZero(string EntityCode, Period Period, string SourceId);
