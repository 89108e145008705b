using Dashboard.Data.Model;
using Dashboard.Web.Accessibility;

namespace Dashboard.Web.Pages.Display;

/// <summary>Timeline events with the names and sources needed to print them (Timeline page and timeline indicators).</summary>
public sealed record EventList(
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyDictionary<string, Entity> Entities,
    IReadOnlyDictionary<string, Source> Sources)
{
    public string EntityName(string? code) =>
        code is null ? "" : Entities.TryGetValue(code, out var e) ? e.Name : code;

    public string SourceName(string id) =>
        Sources.TryGetValue(id, out var s) ? SourceLabel.AuthorYear(s) : id;
}
