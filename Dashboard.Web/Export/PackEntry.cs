namespace Dashboard.Web.Export;

/// <summary>One chart of a briefing pack: what it shows, the files written for it and its permalink.</summary>
public sealed record PackEntry(ChartFacts Facts, IReadOnlyList<string> Files, string Permalink);
