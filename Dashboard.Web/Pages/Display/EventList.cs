using Dashboard.Data.Model;

namespace Dashboard.Web.Pages.Display;

/// <summary>Timeline events with how to name their entities and sources (Timeline page and timeline indicators).</summary>
public sealed record EventList(IReadOnlyList<TimelineEvent> Events, Func<string?, string> EntityName, Func<string, string> SourceName);
