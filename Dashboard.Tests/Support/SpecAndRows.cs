using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Files;
using Dashboard.Web.Charts.Model;

namespace Dashboard.Tests.Support;

/// <summary>A spec and the CSV rows written from it, as chart tests read them.</summary>
public sealed record SpecAndRows(ChartSpec Spec, ChartRows Rows)
{
    public static SpecAndRows Of(ChartSpec spec) => new(spec, ChartRows.Of(spec));
}
