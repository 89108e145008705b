namespace Dashboard.Data.Queries;

/// <summary>
/// The key of an observation within its indicator, in the store's key order: entity, counterpart ("" for none) and
/// period as written. Pages of observations continue after a key (keyset pagination).
/// </summary>
public sealed record ObservationKey(string Entity, string Counterpart, string Period);
