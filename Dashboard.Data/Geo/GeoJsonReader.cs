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

        var context = new Context(display, LineStarts(utf8));
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

    private static GeoDocument? ReadCollection(ref Utf8JsonReader reader, Context c)
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
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
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

    private static GeoFeature? ReadFeature(ref Utf8JsonReader reader, Context c)
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
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "type":
                    type = c.String(ref reader, "type");
                    break;
                case "id":
                    id = Scalar(ref reader);
                    break;
                case "properties" when reader.TokenType == JsonTokenType.StartObject:
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var key = reader.GetString()!;
                        reader.Read();
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

    private static List<GeoPolygon> ReadGeometry(ref Utf8JsonReader reader, Context c)
    {
        var start = reader.TokenStartIndex;
        string? type = null;
        Nested? coordinates = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "type":
                    type = c.String(ref reader, "geometry.type");
                    break;
                case "coordinates":
                    coordinates = Nested.Read(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        switch (type)
        {
            case "Polygon" when coordinates is not null:
                return Polygon(coordinates, c) is { } polygon ? [polygon] : [];
            case "MultiPolygon" when coordinates?.Items is { } parts:
                return parts.Select(p => Polygon(p, c)).OfType<GeoPolygon>().ToList();
            case "Polygon" or "MultiPolygon":
                c.Error(start, "geometry.coordinates", "is missing or not an array");
                return [];
            default:
                c.Error(start, "geometry.type", $"is {(type is null ? "missing" : "\"" + type + "\"")}; only Polygon and MultiPolygon are read");
                return [];
        }
    }

    private static GeoPolygon? Polygon(Nested node, Context c)
    {
        if (node.Items is not { Count: > 0 } rings)
        {
            c.Error(node.Offset, "geometry.coordinates", "a polygon must be a non-empty array of rings");
            return null;
        }

        var result = new List<GeoPoint[]>();
        foreach (var ring in rings)
        {
            if (Ring(ring, c) is { } points)
            {
                result.Add(points);
            }
        }

        return result.Count == rings.Count ? new GeoPolygon(result) : null;
    }

    private static GeoPoint[]? Ring(Nested ring, Context c)
    {
        if (ring.Items is not { } positions)
        {
            c.Error(ring.Offset, "geometry.coordinates", "a ring must be an array of positions");
            return null;
        }

        var points = new GeoPoint[positions.Count];
        for (var i = 0; i < positions.Count; i++)
        {
            var p = positions[i];
            if (p.Items is not { Count: >= 2 } xy || xy.Take(2).Any(n => n.Items is not null || double.IsNaN(n.Number)))
            {
                c.Error(p.Offset, "geometry.coordinates", "a position must be an array of two or three numbers [longitude, latitude]");
                return null;
            }

            if (!(xy[0].Number is >= -180 and <= 180) || !(xy[1].Number is >= -90 and <= 90))
            {
                c.Error(p.Offset, "geometry.coordinates", $"[{xy[0].Number.ToString(CultureInfo.InvariantCulture)}, {xy[1].Number.ToString(CultureInfo.InvariantCulture)}] is out of range (longitude −180…180, latitude −90…90)");
                return null;
            }

            points[i] = new GeoPoint(xy[0].Number, xy[1].Number);
        }

        if (points.Length < 4 || points[0] != points[^1])
        {
            c.Error(ring.Offset, "geometry.coordinates", points.Length < 4
                ? $"a ring needs at least 4 positions (found {points.Length})"
                : "a ring must be closed: its last position must repeat the first");
            return null;
        }

        return points;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }

    private static int[] LineStarts(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }

    private sealed class Context(string display, int[] lineStarts)
    {
        public ErrorList Errors { get; } = new();

        public int LineOf(long offset)
        {
            var index = Array.BinarySearch(lineStarts, (int)offset);
            return (index >= 0 ? index : ~index - 1) + 1;
        }

        public void Error(long offset, string? member, string rule)
        {
            var line = LineOf(offset);
            var column = (offset - lineStarts[line - 1] + 1).ToString(CultureInfo.InvariantCulture);
            Errors.Add(ImportError.At(display, line, column, null, member is null ? rule : member + ": " + rule));
        }

        public string? String(ref Utf8JsonReader reader, string member)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return reader.GetString();
            }

            Error(reader.TokenStartIndex, member, "must be a string");
            reader.Skip();
            return null;
        }
    }

    /// <summary>A coordinates value: a number or an array of such values, with where it starts.</summary>
    private sealed class Nested
    {
        public List<Nested>? Items { get; private init; }

        public double Number { get; private init; } = double.NaN;

        public long Offset { get; private init; }

        public static Nested Read(ref Utf8JsonReader reader)
        {
            var offset = reader.TokenStartIndex;
            if (reader.TokenType == JsonTokenType.Number)
            {
                return new Nested { Number = reader.TryGetDouble(out var number) ? number : double.NaN, Offset = offset };
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                return new Nested { Offset = offset };
            }

            var items = new List<Nested>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items.Add(Read(ref reader));
            }

            return new Nested { Items = items, Offset = offset };
        }
    }
}
