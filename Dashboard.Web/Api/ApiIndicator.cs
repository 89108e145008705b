using Dashboard.Web.Charts.Selection;

namespace Dashboard.Web.Api;

/// <summary>An indicator as the API returns it: its definition and how many observations it has.</summary>
public sealed record ApiIndicator(
    string Id, string Name, string Unit, string Dimension, string Description, string ChartKind,
    double? MinValue, double? MaxValue, long ObservationCount);
