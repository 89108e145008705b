using Dashboard.Data.Model;

namespace Dashboard.Web.Api;

/// <summary>Observations of one indicator matching the filters, with the data version they were read at.</summary>
public sealed record ApiObservations(string Indicator, string DataVersion, int Count, IReadOnlyList<Observation> Observations);
