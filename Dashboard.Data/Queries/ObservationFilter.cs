using Dashboard.Data.Model;

namespace Dashboard.Data.Queries;

/// <summary>
/// Which observations of an indicator to read: entity codes (empty = all), an optional counterpart, and an optional
/// period range; a period is included when it lies wholly within [<see cref="From"/>, <see cref="To"/>].
/// </summary>
public sealed record ObservationFilter
{
    public IReadOnlyList<string> Entities { get; init; } = [];
    public string? Counterpart { get; init; }
    public Period? From { get; init; }
    public Period? To { get; init; }
}
