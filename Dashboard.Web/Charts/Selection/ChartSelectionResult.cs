namespace Dashboard.Web.Charts.Selection;

/// <summary>A parsed <see cref="ChartSelection"/> and its problems by parameter name (none when valid).</summary>
public sealed record ChartSelectionResult(ChartSelection Selection, ParameterErrors Errors)
{
    public bool IsValid => !Errors.Any;
}
