using System.Globalization;
using System.Text;
using System.Text.Json;
using Dashboard.Data.Import;

namespace Dashboard.Data.Geo;

/// <summary>
/// Reads a GeoJSON FeatureCollection (RFC 7946) of Polygon and MultiPolygon features with System.Text.Json's
/// streaming reader, so every problem is reported with its line and column: invalid JSON, a missing or wrong
/// <c>type</c>, other geometry types, positions that are not two numbers in range, rings that are not closed or have
/// fewer than four positions. Features without geometry (<c>"geometry": null</c>) are kept with no polygons.
/// </summary>
public static class GeoJsonReader
{
    /// <summary>Largest file read (Natural Earth's 1:110m countries file is 2 MB).</summary>
    public const int MaxBytes = 32 * 1024 * 1024;

    private const int MaxDepth = 16;

    /// <summary>Reads a whole file; throws <see cref="ImportFailedException"/> listing every problem found.</summary>
    public static GeoDocument ReadFile(string path, string display)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            throw new ImportFailedException([ImportError.At(display, 0, null, null, $"is {length:N0} bytes; at most {MaxBytes:N0} are read")]);
        }

        return Read(File.ReadAllBytes(path), display);
    }

    public static GeoDocument Read(ReadOnlySpan<byte> utf8, string display)
    {
        if (utf8.StartsWith("\xEF\xBB\xBF"u8))
        {
            utf8 = utf8[3..];
        }

        var context = new GeoJsonLocation(display, utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        GeoDocument? result = null;
        try
        {
            result = ReadCollection(ref reader, context);
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = ((ex.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
            context.Errors.Add(ImportError.At(display, line, column, null, "is not valid JSON: " + FirstSentence(ex.Message)));
        }

        if (context.Errors.HasErrors || result is null)
        {
            throw new ImportFailedException(context.Errors.ToReport());
        }

        return result;
    }

    private static GeoDocument? ReadCollection(ref Utf8JsonReader reader, GeoJsonLocation c)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            c.Error(reader.TokenStartIndex, null, "must start with a JSON object (a FeatureCollection)");
            return null;
        }

        var start = reader.TokenStartIndex;
        string? type = null;
        var features = new List<GeoFeature>();
        var foreign = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var sawFeatures = false;
        while (NextMember(ref reader, out var name))
        {
            switch (name)
            {
                case "type":
                    type = c.String(ref reader, "type");
                    break;
                case "features" when reader.TokenType == JsonTokenType.StartArray:
                    sawFeatures = true;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (ReadFeature(ref reader, c) is { } feature)
                        {
                            features.Add(feature);
                        }
                    }

                    break;
                case "features":
                    c.Error(reader.TokenStartIndex, "features", "must be an array of features");
                    reader.Skip();
                    break;
                default:
                    foreign[name] = JsonElement.ParseValue(ref reader);
                    break;
            }
        }

        if (type != "FeatureCollection")
        {
            c.Error(start, "type", $"must be \"FeatureCollection\" (found {(type is null ? "none" : "\"" + type + "\"")})");
        }

        if (!sawFeatures)
        {
            c.Error(start, "features", "is missing (a FeatureCollection needs a features array)");
        }

        return new GeoDocument(features, foreign);
    }

    private static GeoFeature? ReadFeature(ref Utf8JsonReader reader, GeoJsonLocation c)
    {
        var start = reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            c.Error(start, "features", "each feature must be a JSON object");
            reader.Skip();
            return null;
        }

        string? type = null, id = null;
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        List<GeoPolygon> polygons = [];
        while (NextMember(ref reader, out var name))
        {
            switch (name)
            {
                case "type":
                    type = c.String(ref reader, "type");
                    break;
                case "id":
                    id = Scalar(ref reader);
                    break;
                case "properties" when reader.TokenType == JsonTokenType.StartObject:
                    while (NextMember(ref reader, out var key))
                    {
                        if (Scalar(ref reader) is { } value)
                        {
                            properties[key] = value;
                        }
                    }

                    break;
                case "geometry" when reader.TokenType == JsonTokenType.StartObject:
                    polygons = ReadGeometry(ref reader, c);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (type != "Feature")
        {
            c.Error(start, "type", "a feature's type must be \"Feature\"");
        }

        return new GeoFeature(id, properties, polygons, c.LineOf(start));
    }

    /// <summary>Moves to the next member of the current object and onto its value; false at the object's end.</summary>
    private static bool NextMember(ref Utf8JsonReader reader, out string name)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
        {
            name = "";
            return false;
        }

        name = reader.GetString()!;
        reader.Read();
        return true;
    }

    /// <summary>A string, number or boolean as text; null for null (objects and arrays are skipped).</summary>
    private static string? Scalar(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            default:
                reader.Skip();
                return null;
        }
    }

    private static List<GeoPolygon> ReadGeometry(ref Utf8JsonReader reader, GeoJsonLocation c)
    {
        var start = reader.TokenStartIndex;
        string? type = null;
        GeoJsonCoordinates? coordinates = null;
        while (NextMember(ref reader, out var name))
        {
            switch (name)
            {
                case "type":
                    type = c.String(ref reader, "geometry.type");
                    break;
                case "coordinates":
                    coordinates = GeoJsonCoordinates.Read(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        switch (type)
        {
            case "Polygon" when coordinates is not null:
                return coordinates.ToPolygon(c) is { } polygon ? [polygon] : [];
            case "MultiPolygon" when coordinates?.Items is { } parts:
                return parts.Select(p => p.ToPolygon(c)).OfType<GeoPolygon>().ToList();
            case "Polygon" or "MultiPolygon":
                c.Error(start, "geometry.coordinates", "is missing or not an array");
                return [];
            default:
                c.Error(start, "geometry.type", $"is {(type is null ? "missing" : "\"" + type + "\"")}; only Polygon and MultiPolygon are read");
                return [];
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }

}
