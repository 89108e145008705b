namespace Dashboard.Web.Export;

/// <summary>A chart exported in one or more formats, with what it shows and the permalink of its page.</summary>
public sealed record ExportedChart(ChartFacts Facts, IReadOnlyList<ExportFile> Files, string Permalink);
