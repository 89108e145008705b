using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Model;

namespace Dashboard.Web.Export;

/// <summary>One chart of a briefing pack for CITATIONS.md: its spec (what it shows, full references), files and permalink.</summary>
public sealed record PackEntry(ChartSpec Spec, IReadOnlyList<string> Files, string Permalink);
