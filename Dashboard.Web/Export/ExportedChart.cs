using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Model;

namespace Dashboard.Web.Export;

/// <summary>A chart exported in one or more formats, with its spec and the permalink of its page.</summary>
public sealed record ExportedChart(ChartSpec Spec, IReadOnlyList<ExportFile> Files, string Permalink);
