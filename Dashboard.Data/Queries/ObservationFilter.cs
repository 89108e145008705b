using Dashboard.Data.Model;

namespace Dashboard.Data.Queries;

/// <summary>
/// Which observations of an indicator to read: entity codes (empty = all), codes that must be the entity or the
/// counterpart of a row (empty = any), an optional counterpart, and an optional period range; a period is included when
/// it lies wholly within [<see cref="From"/>, <see cref="To"/>]; and, for a chart "as published on", the instant.
/// </summary>
public sealed record ObservationFilter
{
    public IReadOnlyList<string> Entities { get; init; } = [];

    /// <summary>Rows whose entity or counterpart is one of these codes (the chart path narrows further by meaning).</summary>
    public IReadOnlyList<string> Involving { get; init; } = [];
    public string? Counterpart { get; init; }
    public Period? From { get; init; }
    public Period? To { get; init; }

    /// <summary>
    /// The rows as they were published before this instant, rebuilt from the revision history (every change recorded at
    /// or after it undone); null: the rows as they are now.
    /// </summary>
    public DateTimeOffset? AsOf { get; init; }
}
