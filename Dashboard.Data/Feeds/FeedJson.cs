using System.Globalization;
using System.Text.Json;

namespace Dashboard.Data.Feeds;

/// <summary>Reading the APIs' JSON strictly: a missing or mistyped field is an error naming it, never a silent default.</summary>
internal static class FeedJson
{
    public static JsonDocument Parse(byte[] body, Uri url)
    {
        try
        {
            return JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException ex)
        {
            throw new FeedFetchException($"{url}: the answer is not valid JSON ({ex.Message}); nothing was read", ex);
        }
    }

    /// <summary>A whole number written as a number or as text ("50": the World Bank writes some page fields as text).</summary>
    public static long Integer(JsonElement parent, string name, Uri url)
    {
        if (parent.TryGetProperty(name, out var value))
        {
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n))
            {
                return n;
            }

            if (value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out n))
            {
                return n;
            }
        }

        throw new FeedFetchException($"{url}: '{name}' is missing or not a whole number; nothing was read");
    }

    public static string? Text(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A value cell: a finite number, or null for JSON null; anything else is an error.</summary>
    public static double? Number(JsonElement value, Func<string> where)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return null;
            case JsonValueKind.Number when value.TryGetDouble(out var d) && double.IsFinite(d):
                return d;
            default:
                throw new FeedFetchException($"{where()}: {Shorten(value.GetRawText())} is not a number; nothing was read");
        }
    }

    /// <summary>A number as the CSV the readers get writes it: invariant, round-trip.</summary>
    public static string Cell(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Quote(string? text) => "\"" + (text ?? "").Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
