using Dashboard.Data.Model;

namespace Dashboard.Web.Charts;

/// <summary>
/// Which data a chart shows: entity codes (empty = all; a code matches an observation's entity or its counterpart,
/// see <see cref="ChartSpecFactory"/>) and an optional period range (a period is shown when it lies wholly within).
/// </summary>
public sealed record ChartRequest
{
    public IReadOnlyList<string> Entities { get; init; } = [];
    public Period? From { get; init; }
    public Period? To { get; init; }
}
