using Dashboard.Web.Charts.Selection;

namespace Dashboard.Web.Export;

/// <summary>
/// A deck's charts (<see cref="Charts"/>, when <see cref="IsValid"/>), or what stops it: the id of a chart that does
/// not exist (<see cref="UnknownChart"/>: 404), or errors by parameter (400).
/// </summary>
public sealed record DeckResolution(IReadOnlyList<DeckChart> Charts, ParameterErrors Errors, string? UnknownChart)
{
    public bool IsValid => UnknownChart is null && !Errors.Any;
}
