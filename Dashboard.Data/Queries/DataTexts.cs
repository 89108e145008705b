using Dashboard.Data.Model;

namespace Dashboard.Data.Queries;

/// <summary>
/// Puts a culture's data texts (<see cref="DataTextQueries"/>) into the records read from the store: an indicator's
/// name, unit and description, an entity's name. A text the culture lacks stays English.
/// </summary>
public static class DataTexts
{
    public static Indicator Translate(Indicator indicator, IReadOnlyDictionary<string, string> texts) =>
        texts.Count == 0 ? indicator : indicator with
        {
            Name = texts.GetValueOrDefault(IndicatorKey(indicator.Id, "name"), indicator.Name),
            Unit = texts.GetValueOrDefault(IndicatorKey(indicator.Id, "unit"), indicator.Unit),
            Description = texts.GetValueOrDefault(IndicatorKey(indicator.Id, "description"), indicator.Description),
        };

    public static Entity Translate(Entity entity, IReadOnlyDictionary<string, string> texts) =>
        texts.Count == 0 ? entity : entity with { Name = texts.GetValueOrDefault("entity." + entity.Code + ".name", entity.Name) };

    /// <summary>An event with its title in the culture (key <c>event.{English title}</c>).</summary>
    public static TimelineEvent Translate(TimelineEvent e, IReadOnlyDictionary<string, string> texts) =>
        texts.TryGetValue("event." + e.Title, out var title) ? e with { Title = title } : e;

    /// <summary>A dimension's name ("military") in the culture, or the name itself.</summary>
    public static string Dimension(string dimension, IReadOnlyDictionary<string, string> texts) =>
        texts.GetValueOrDefault("dimension." + dimension, dimension);

    public static string IndicatorKey(string id, string field) => "indicator." + id + "." + field;
}
