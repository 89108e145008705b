using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dashboard.Data.Geo;

/// <summary>
/// Writes a <see cref="RegionGeometry"/> as GeoJSON (RFC 7946) with its metadata as top-level members: provenance,
/// projection, extent, clip box, precision. The text is deterministic (fixed member order, invariant numbers, LF line
/// ends, one feature per line), so a fresh derive reproduces the committed file byte for byte.
/// </summary>
public static class RegionGeometryWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    // Readable text (apostrophes, dashes) in a data file that is never embedded in HTML.
    private static readonly JsonSerializerOptions Strings = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(RegionGeometry g)
    {
        var p = g.Provenance;
        var projection = g.Projection;
        var s = new StringBuilder();
        s.Append("{\n");
        s.Append("  \"type\": \"FeatureCollection\",\n");
        s.Append("  \"name\": \"central-asia\",\n");
        s.Append("  \"provenance\": {\n");
        Member(s, "source", p.Source);
        Member(s, "edition", p.Edition);
        Member(s, "url", p.Url);
        Member(s, "copy", p.Copy);
        Member(s, "licence", p.Licence);
        Member(s, "credit", p.Credit);
        Member(s, "image_credit", p.ImageCredit);
        Member(s, "source_sha256", p.SourceSha256);
        Member(s, "derivation", p.Derivation, last: true);
        s.Append("  },\n");
        s.Append(Inv, $"  \"projection\": {{\"name\": \"albers-equal-area-conic\", \"standard_parallels\": [{N(projection.StandardParallel1)}, {N(projection.StandardParallel2)}], ");
        s.Append(Inv, $"\"origin\": [{N(projection.CentralMeridian)}, {N(projection.OriginLatitude)}], \"sphere_radius_m\": {N(projection.Radius)}}},\n");
        s.Append(Inv, $"  \"extent_m\": [{N(g.Extent.MinX)}, {N(g.Extent.MinY)}, {N(g.Extent.MaxX)}, {N(g.Extent.MaxY)}],\n");
        s.Append(Inv, $"  \"clip_box_deg\": [{N(g.ClipBox.West)}, {N(g.ClipBox.South)}, {N(g.ClipBox.East)}, {N(g.ClipBox.North)}],\n");
        s.Append(Inv, $"  \"coordinate_precision_deg\": {N(g.PrecisionDegrees)},\n");
        s.Append("  \"features\": [\n");
        for (var i = 0; i < g.Shapes.Count; i++)
        {
            var shape = g.Shapes[i];
            s.Append("    {\"type\": \"Feature\", \"id\": ").Append(Json(shape.Code));
            s.Append(", \"properties\": {\"code\": ").Append(Json(shape.Code)).Append(", \"name\": ").Append(Json(shape.Name));
            s.Append(", \"role\": ").Append(Json(shape.IsSubject ? RegionGeometryFile.SubjectRole : RegionGeometryFile.ContextRole)).Append("}, ");
            s.Append("\"geometry\": {\"type\": \"").Append(shape.Polygons.Count == 1 ? "Polygon" : "MultiPolygon").Append("\", \"coordinates\": ");
            if (shape.Polygons.Count == 1)
            {
                Polygon(s, shape.Polygons[0]);
            }
            else
            {
                s.Append('[');
                for (var k = 0; k < shape.Polygons.Count; k++)
                {
                    s.Append(k > 0 ? "," : "");
                    Polygon(s, shape.Polygons[k]);
                }

                s.Append(']');
            }

            s.Append("}}").Append(i + 1 < g.Shapes.Count ? ",\n" : "\n");
        }

        s.Append("  ]\n}\n");
        return s.ToString();
    }

    private static void Polygon(StringBuilder s, GeoPolygon polygon)
    {
        s.Append('[');
        for (var r = 0; r < polygon.Rings.Count; r++)
        {
            s.Append(r > 0 ? ",[" : "[");
            var ring = polygon.Rings[r];
            for (var i = 0; i < ring.Length; i++)
            {
                s.Append(i > 0 ? ",[" : "[").Append(N(ring[i].Lon)).Append(',').Append(N(ring[i].Lat)).Append(']');
            }

            s.Append(']');
        }

        s.Append(']');
    }

    private static void Member(StringBuilder s, string name, string value, bool last = false) =>
        s.Append("    \"").Append(name).Append("\": ").Append(Json(value)).Append(last ? "\n" : ",\n");

    private static string Json(string value) => JsonSerializer.Serialize(value, Strings);

    /// <summary>Shortest round-trip text of a number, "-0" written as "0".</summary>
    private static string N(double v) => (v == 0 ? 0 : v).ToString("R", Inv);
}
