using System.Globalization;
using System.Text;
using Dashboard.Data.Import;

namespace Dashboard.Data.Geo;

/// <summary>
/// Derives <c>data/geo/central-asia.geojson</c> from Natural Earth's 1:110m countries (../shared/sources/geo): keeps
/// the five Central Asian states (subjects) and their neighbours (context), clips them to a box around the map extent,
/// rounds coordinates to 0.01°, and checks that no country left out has land inside the extent. Deterministic: the
/// same source gives the same bytes.
/// </summary>
public static class RegionGeometryDeriver
{
    public const string SourceFile = "geo/ne_110m_admin_0_countries.geojson";
    public const double Precision = 0.01;

    public static readonly IReadOnlyList<string> Subjects = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];

    /// <summary>The neighbours drawn in grey: every country with land inside <see cref="Extent"/> (checked on derive).</summary>
    public static readonly IReadOnlyList<string> Context = ["AFG", "AZE", "CHN", "IND", "IRN", "MNG", "PAK", "RUS"];

    /// <summary>
    /// Albers equal-area conic for the region: standard parallels 38° and 52° N (one sixth in from each end of the five
    /// states' 35–55° N span), central meridian 68° E, origin latitude 45° N.
    /// </summary>
    public static AlbersProjection Projection { get; } = new(38, 52, 45, 68);

    /// <summary>
    /// The largest view a map may show, in projected metres: the five states with room around them, widened east into
    /// China and Mongolia for wide images, and no farther west or south than the countries kept cover.
    /// </summary>
    public static readonly MapRect Extent = new(-1_700_000, -1_300_000, 2_900_000, 1_750_000);

    /// <summary>Reads the source and builds the file's text; throws <see cref="ImportFailedException"/> on any problem.</summary>
    public static RegionGeometryDerivation Derive(string sourcesFolder)
    {
        var path = Path.Combine(sourcesFolder, "geo", "ne_110m_admin_0_countries.geojson");
        if (!File.Exists(path))
        {
            throw new ImportFailedException([ImportError.At(SourceFile, 0, null, null, $"not found in {sourcesFolder}: the map geometry is derived from it")]);
        }

        var source = GeoJsonReader.ReadFile(path, SourceFile);
        var clipBox = ClipBoxOf(Extent);
        var errors = new ErrorList();
        var shapes = new List<RegionShape>();
        foreach (var code in Subjects.Concat(Context))
        {
            var feature = source.Features.FirstOrDefault(f => f.Property("ADM0_A3") == code);
            if (feature is null)
            {
                errors.Add(ImportError.At(SourceFile, 0, "ADM0_A3", code, "no feature has this code"));
                continue;
            }

            var polygons = feature.Polygons.Select(p => Clip(p, clipBox)).OfType<GeoPolygon>().ToList();
            if (polygons.Count == 0)
            {
                errors.Add(ImportError.At(SourceFile, feature.Line, "ADM0_A3", code, "has no land inside the clip box"));
                continue;
            }

            shapes.Add(new RegionShape(code, feature.Property("NAME") ?? code, Subjects.Contains(code), polygons));
        }

        foreach (var feature in source.Features.Where(f => !Subjects.Contains(f.Property("ADM0_A3") ?? "") && !Context.Contains(f.Property("ADM0_A3") ?? "")))
        {
            if (HasLandInExtent(feature.Polygons))
            {
                errors.Add(ImportError.At(SourceFile, feature.Line, "ADM0_A3", feature.Property("ADM0_A3"),
                    $"({feature.Property("NAME")}) has land inside the map extent but is not kept: add it to the context countries or shrink the extent"));
            }
        }

        if (errors.HasErrors)
        {
            throw new ImportFailedException(errors.ToReport());
        }

        var geometry = new RegionGeometry
        {
            Shapes = shapes,
            Projection = Projection,
            Extent = Extent,
            ClipBox = clipBox,
            PrecisionDegrees = Precision,
            Provenance = Provenance(clipBox, ContentHash.OfFile(path)),
        };
        var text = RegionGeometryWriter.Write(geometry);

        // What is written must read back as a valid geometry file.
        RegionGeometryFile.Parse(GeoJsonReader.Read(Encoding.UTF8.GetBytes(text), RegionGeometryFile.RelativePath), RegionGeometryFile.RelativePath);
        return new RegionGeometryDerivation(RegionGeometryFile.RelativePath, text, shapes.Count,
            shapes.Sum(s => s.Polygons.Sum(p => p.Rings.Sum(r => r.Length))));
    }

    /// <summary>Writes the derived file into <c>data/geo/</c> (through a temporary file, so a reader never sees half of it).</summary>
    public static long Write(string dataFolder, RegionGeometryDerivation derivation)
    {
        var target = RegionGeometryFile.PathIn(dataFolder);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = target + ".tmp";
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(derivation.Text);
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, target, overwrite: true);
        return bytes.Length;
    }

    /// <summary>
    /// The whole-degree box that holds the extent with a margin of 1°: the extent's outline is traced in the
    /// projection, taken back to degrees, and rounded outwards.
    /// </summary>
    public static GeoBox ClipBoxOf(MapRect extent)
    {
        var outline = Enumerable.Range(0, 401).SelectMany(i =>
        {
            var t = i / 400.0;
            var x = extent.MinX + t * extent.Width;
            var y = extent.MinY + t * extent.Height;
            return new[] { new MapPoint(x, extent.MinY), new MapPoint(x, extent.MaxY), new MapPoint(extent.MinX, y), new MapPoint(extent.MaxX, y) };
        }).Select(Projection.Inverse).ToList();
        return new GeoBox(Math.Floor(outline.Min(p => p.Lon)) - 1, Math.Floor(outline.Min(p => p.Lat)) - 1,
            Math.Ceiling(outline.Max(p => p.Lon)) + 1, Math.Ceiling(outline.Max(p => p.Lat)) + 1);
    }

    private static GeoPolygon? Clip(GeoPolygon polygon, GeoBox box)
    {
        var rings = new List<GeoPoint[]>();
        for (var i = 0; i < polygon.Rings.Count; i++)
        {
            var clipped = PolygonClip.ToRect(polygon.Rings[i].Select(p => new MapPoint(p.Lon, p.Lat)).ToList(), box.AsRect);
            var ring = Round(clipped);
            if (ring.Length < 4 || PolygonMath.SignedArea(ring) == 0)
            {
                if (i == 0)
                {
                    return null;
                }

                continue;
            }

            // RFC 7946: outlines counter-clockwise, holes clockwise.
            if ((PolygonMath.SignedArea(ring) > 0) != (i == 0))
            {
                Array.Reverse(ring);
            }

            rings.Add(ring.Select(p => new GeoPoint(p.X, p.Y)).ToArray());
        }

        return new GeoPolygon(rings);
    }

    private static MapPoint[] Round(MapPoint[] ring)
    {
        var result = new List<MapPoint>(ring.Length);
        foreach (var p in ring)
        {
            var q = new MapPoint(RoundCoordinate(p.X), RoundCoordinate(p.Y));
            if (result.Count == 0 || result[^1] != q)
            {
                result.Add(q);
            }
        }

        return result.ToArray();
    }

    private static double RoundCoordinate(double v) => Math.Round(Math.Round(v / Precision, MidpointRounding.AwayFromZero) * Precision, 2);

    /// <summary>True when any edge of the polygons, followed in steps of at most 0.25°, enters the extent.</summary>
    private static bool HasLandInExtent(IEnumerable<GeoPolygon> polygons)
    {
        foreach (var ring in polygons.SelectMany(p => p.Rings))
        {
            for (var i = 0; i + 1 < ring.Length; i++)
            {
                var (a, b) = (ring[i], ring[i + 1]);
                var steps = (int)Math.Ceiling(Math.Max(Math.Abs(b.Lon - a.Lon), Math.Abs(b.Lat - a.Lat)) / 0.25) + 1;
                for (var k = 0; k <= steps; k++)
                {
                    var p = new GeoPoint(a.Lon + (b.Lon - a.Lon) * k / steps, a.Lat + (b.Lat - a.Lat) * k / steps);
                    if (Math.Abs(p.Lon - Projection.CentralMeridian) < 150 && Extent.Contains(Projection.Project(p)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static RegionProvenance Provenance(GeoBox box, string sha256)
    {
        var inv = CultureInfo.InvariantCulture;
        var clip = string.Create(inv, $"{box.West}..{box.East} deg E, {box.South}..{box.North} deg N");
        var precision = Precision.ToString(inv);
        var derivation =
            $"Features of the source whose ADM0_A3 is {string.Join(", ", Subjects)} (role subject) or {string.Join(", ", Context)} (role context), name from NAME. " +
            $"Every ring clipped (Sutherland-Hodgman) to the box {clip}, which holds the map extent (extent_m, in the projection given) with a 1 deg margin. " +
            $"Coordinates rounded to {precision} deg (about 1.1 km; under a pixel at 3840 px across), repeated points " +
            "and empty rings dropped, outlines counter-clockwise and holes clockwise (RFC 7946). Checked on every derive: no other country of the source has land " +
            "inside the extent. Boundaries are de facto and small-scale: no claim about disputed borders. " +
            "Regenerate with: dotnet run --project Dashboard.Web -- derive --sources ../shared/sources --out data";
        return new RegionProvenance(
            Source: "Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries (ne_110m_admin_0_countries)",
            Edition: "4.x (the copy has no version field; its attribute set predates 5.0, which added NE_ID and WIKIDATAID)",
            Url: "https://www.naturalearthdata.com/downloads/110m-cultural-vectors/110m-admin-0-countries/",
            Copy: "github.com/Alenriquez96/visited-countries, data/ne_110m_admin_0_countries.geojson (commit 8a0c1d4), an unmodified copy of Natural Earth's file",
            Licence: "Public domain (https://www.naturalearthdata.com/about/terms-of-use/)",
            Credit: "Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.",
            ImageCredit: "Boundaries: Natural Earth",
            SourceSha256: sha256,
            Derivation: derivation);
    }
}
