using Dashboard.Data.Model;

namespace Dashboard.Data.Queries;

/// <summary>Every indicator (with its counts) and every entity: what a page that lets a reader choose offers.</summary>
public sealed record Catalogue(IReadOnlyList<IndicatorSummary> Indicators, IReadOnlyList<Entity> Entities);
