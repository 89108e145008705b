using System.Text.Json;
using System.Text.Json.Serialization;
using Dashboard.Data.Import.Formats;

namespace Dashboard.Data.Feeds;

/// <summary>
/// How a feed's fetched file is read, as for an upload: the series to keep, the country column, the indicator a table
/// of countries holds (id, name, unit, dimension, value column) and the workbook sheet. Stored as JSON with the feed.
/// </summary>
public sealed record FeedReading
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static readonly FeedReading Detect = new();

    public IReadOnlyList<string>? Series { get; init; }

    public string? CountryColumn { get; init; }

    public TableIndicator? Indicator { get; init; }

    public string? Sheet { get; init; }

    public bool IsEmpty => Series is null && CountryColumn is null && Indicator is null && Sheet is null;

    public string? ToJson() => IsEmpty ? null : JsonSerializer.Serialize(this, Json);

    public static FeedReading FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? Detect : JsonSerializer.Deserialize<FeedReading>(json, Json) ?? Detect;
}
