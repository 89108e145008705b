using System.Globalization;
using System.Text.Json;

namespace Dashboard.Data.Geo;

/// <summary>
/// A GeoJSON <c>coordinates</c> value as read: a number or an array of such values, with the byte offset it starts at,
/// and its reading as a polygon (rings of [longitude, latitude] positions, checked).
/// </summary>
internal sealed class GeoJsonCoordinates
{
    public List<GeoJsonCoordinates>? Items { get; private init; }

    public double Number { get; private init; } = double.NaN;

    public long Offset { get; private init; }

    public static GeoJsonCoordinates Read(ref Utf8JsonReader reader)
    {
        var offset = reader.TokenStartIndex;
        if (reader.TokenType == JsonTokenType.Number)
        {
            return new GeoJsonCoordinates { Number = reader.TryGetDouble(out var number) ? number : double.NaN, Offset = offset };
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return new GeoJsonCoordinates { Offset = offset };
        }

        var items = new List<GeoJsonCoordinates>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(Read(ref reader));
        }

        return new GeoJsonCoordinates { Items = items, Offset = offset };
    }

    public GeoPolygon? ToPolygon(GeoJsonLocation c)
    {
        if (Items is not { Count: > 0 } rings)
        {
            c.Error(Offset, "geometry.coordinates", "a polygon must be a non-empty array of rings");
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

    private static GeoPoint[]? Ring(GeoJsonCoordinates ring, GeoJsonLocation c)
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
}
