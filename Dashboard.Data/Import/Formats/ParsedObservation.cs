using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Formats;

/// <summary>An observation read from a file, with its parsed period and the line it came from.</summary>
public sealed record ParsedObservation(Observation Observation, Period Period, int Line);
