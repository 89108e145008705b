namespace Dashboard.Data.Import;

/// <summary>What an import wrote.</summary>
public sealed record ImportSummary(int Sources, int Indicators, int Entities, long Observations, int Events, int Projects);
