using Dashboard.Data.Feeds;
using Dashboard.Data.Import.Formats;

namespace Dashboard.Web.Feeds;

/// <summary>
/// What an admin types to bind a dataset (the admin form and <c>feed add</c> take the same words): id, kind, URL,
/// schedule, dataset, source and how to read the file. <see cref="ToFeed"/> checks the words; <see cref="FeedStore.Add"/>
/// then checks them against the store.
/// </summary>
public sealed record FeedForm
{
    public string? Id { get; init; }
    public string? Kind { get; init; }
    public string? Url { get; init; }
    public string? Schedule { get; init; }
    public string? Dataset { get; init; }
    public string? Source { get; init; }
    public string? Series { get; init; }
    public string? CountryColumn { get; init; }
    public string? IndicatorId { get; init; }
    public string? IndicatorName { get; init; }
    public string? Unit { get; init; }
    public string? Dimension { get; init; }
    public string? Column { get; init; }
    public string? Sheet { get; init; }

    /// <summary>The feed, or null with the problems by field (id, kind, url, schedule, dataset, indicator).</summary>
    public Feed? ToFeed(DateTimeOffset now, out Dictionary<string, string> problems)
    {
        problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!FeedKinds.TryParse(Kind, out var kind))
        {
            problems["kind"] = $"'{Kind}' is not a feed kind: one of {string.Join(", ", FeedKinds.All.Select(FeedKinds.Name))}";
        }

        if (!FeedSchedules.TryParse(Schedule ?? "daily", out var schedule))
        {
            problems["schedule"] = $"'{Schedule}' is not a schedule: daily, weekly or monthly";
        }

        if (!Uri.TryCreate(Url?.Trim(), UriKind.Absolute, out var url))
        {
            problems["url"] = $"'{Url}' is not an absolute URL";
        }

        var id = Clean(Id) ?? "";
        var indicator = Clean(IndicatorId) is { } indicatorId
            ? new TableIndicator { Id = indicatorId, Name = Clean(IndicatorName), Unit = Clean(Unit), Dimension = Clean(Dimension), Column = Clean(Column) }
            : null;
        if (indicator is null && (Clean(IndicatorName) ?? Clean(Unit) ?? Clean(Column)) is not null)
        {
            problems["indicator"] = "an indicator's name, unit or column needs its id";
        }

        if (problems.Count > 0)
        {
            return null;
        }

        return new Feed
        {
            Id = id,
            Kind = kind,
            Url = url!,
            Schedule = schedule,
            DatasetId = Clean(Dataset) ?? id,
            SourceId = Clean(Source),
            Reading = new FeedReading
            {
                Series = Clean(Series)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                CountryColumn = Clean(CountryColumn),
                Indicator = indicator,
                Sheet = Clean(Sheet),
            },
            CreatedAt = now,
        };
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
