namespace Dashboard.Web.Export;

/// <summary>The files of a briefing pack (charts, then CITATIONS.md), or the first chart id that does not exist.</summary>
public sealed record BriefingPack(IReadOnlyList<ExportFile> Files, string? UnknownChart);
