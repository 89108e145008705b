using Dashboard.Data.Model;

namespace Dashboard.Web.Api;

/// <summary>One indicator with the sources its observations cite.</summary>
public sealed record ApiIndicatorDetail(ApiIndicator Indicator, IReadOnlyList<Source> Sources, string DataVersion);
