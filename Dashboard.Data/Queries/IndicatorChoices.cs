using Dashboard.Data.Model;

namespace Dashboard.Data.Queries;

/// <summary>What a form choosing within one indicator offers: the codes with data (entities and counterparts) and the periods.</summary>
public sealed record IndicatorChoices(IReadOnlySet<string> CodesWithData, IReadOnlyList<Period> Periods);
