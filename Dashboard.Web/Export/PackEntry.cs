using Dashboard.Data.Model;

namespace Dashboard.Web.Export;

/// <summary>One chart of a briefing pack for CITATIONS.md: what it shows, its full references, files and permalink.</summary>
public sealed record PackEntry(ChartFacts Facts, IReadOnlyList<Source> References, IReadOnlyList<string> Files, string Permalink);
