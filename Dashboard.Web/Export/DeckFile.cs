namespace Dashboard.Web.Export;

/// <summary>A built PowerPoint deck (name and bytes), or the first chart id that does not exist.</summary>
public sealed record DeckFile(ExportFile? File, string? UnknownChart);
