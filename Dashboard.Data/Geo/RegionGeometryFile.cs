using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Data.Import;

namespace Dashboard.Data.Geo;

/// <summary>
/// The regional geometry file of a data folder, <c>geo/central-asia.geojson</c> (written by
/// <see cref="RegionGeometryDeriver"/>, described in <c>data/README.md</c>): reads and checks it. Optional: a data
/// folder without it has no map.
/// </summary>
public static partial class RegionGeometryFile
{
    public const string RelativePath = "geo/central-asia.geojson";
    public const string SubjectRole = "subject";
    public const string ContextRole = "context";

    /// <summary>Path of the file in a data folder (it may not exist).</summary>
    public static string PathIn(string dataFolder) => Path.Combine(dataFolder, "geo", "central-asia.geojson");

    /// <summary>The geometry of a data folder, or null when it has no geometry file; throws <see cref="ImportFailedException"/> when it is invalid.</summary>
    public static RegionGeometry? Load(string dataFolder, string displayPrefix = "data")
    {
        var path = PathIn(dataFolder);
        return File.Exists(path) ? Read(path, displayPrefix + "/" + RelativePath) : null;
    }

    /// <summary>Adds the file's problems (if it exists) to <paramref name="errors"/>, as the data-folder import does for its CSV files.</summary>
    public static void Validate(string dataFolder, Func<string, string> displayName, ErrorList errors)
    {
        try
        {
            var path = PathIn(dataFolder);
            if (File.Exists(path))
            {
                Read(path, displayName(RelativePath));
            }
        }
        catch (ImportFailedException ex)
        {
            foreach (var error in ex.Errors)
            {
                errors.Add(error);
            }
        }
    }

    public static RegionGeometry Read(string path, string display) => Parse(GeoJsonReader.ReadFile(path, display), display);

    public static RegionGeometry Parse(GeoDocument collection, string display)
    {
        var errors = new ErrorList();
        void Error(int line, string? member, string? value, string rule) => errors.Add(ImportError.At(display, line, member, value, rule));

        var shapes = new List<RegionShape>();
        foreach (var f in collection.Features)
        {
            var code = f.Property("code");
            var name = f.Property("name");
            var role = f.Property("role");
            if (code is null || !Code().IsMatch(code))
            {
                Error(f.Line, "properties.code", code, "must be an ISO 3166 alpha-3 code (three capital letters)");
            }
            else if (shapes.Any(s => s.Code == code))
            {
                Error(f.Line, "properties.code", code, "appears twice");
            }

            if (string.IsNullOrWhiteSpace(name))
            {
                Error(f.Line, "properties.name", name, "must be a non-empty name");
            }

            if (role is not (SubjectRole or ContextRole))
            {
                Error(f.Line, "properties.role", role, $"must be \"{SubjectRole}\" or \"{ContextRole}\"");
            }

            if (f.Polygons.Count == 0)
            {
                Error(f.Line, "geometry", null, "must be a Polygon or MultiPolygon with at least one ring");
            }

            shapes.Add(new RegionShape(code ?? "", name ?? "", role == SubjectRole, f.Polygons));
        }

        if (!shapes.Any(s => s.IsSubject))
        {
            Error(0, "features", null, "no feature has role \"subject\": a map needs countries to fill");
        }

        var members = collection.ForeignMembers;
        var projection = Numbers(members, "projection", "standard_parallels", 2, Error) is { } parallels
            && Numbers(members, "projection", "origin", 2, Error) is { } origin
            && Numbers(members, "projection", "sphere_radius_m", 1, Error) is { } radius
                ? new AlbersProjection(parallels[0], parallels[1], origin[1], origin[0], radius[0])
                : null;
        var extent = Numbers(members, null, "extent_m", 4, Error);
        var clip = Numbers(members, null, "clip_box_deg", 4, Error);
        var precision = Numbers(members, null, "coordinate_precision_deg", 1, Error);
        var provenance = Provenance(members, Error);
        if (errors.HasErrors)
        {
            throw new ImportFailedException(errors.ToReport());
        }

        return new RegionGeometry
        {
            Shapes = shapes,
            Projection = projection!,
            Extent = new MapRect(extent![0], extent[1], extent[2], extent[3]),
            ClipBox = new GeoBox(clip![0], clip[1], clip[2], clip[3]),
            PrecisionDegrees = precision![0],
            Provenance = provenance!,
        };
    }

    /// <summary>
    /// <paramref name="count"/> finite numbers at <c>member</c> (or <c>parent.member</c>); a single number is read
    /// as a one-element list. Null (and an error) when absent or malformed.
    /// </summary>
    private static double[]? Numbers(IReadOnlyDictionary<string, JsonElement> members, string? parent, string member, int count,
        Action<int, string?, string?, string> error)
    {
        var path = parent is null ? member : parent + "." + member;
        JsonElement value = default;
        var found = parent is null
            ? members.TryGetValue(member, out value)
            : members.TryGetValue(parent, out var outer) && outer.ValueKind == JsonValueKind.Object && outer.TryGetProperty(member, out value);
        double[]? numbers = !found ? null
            : value.ValueKind == JsonValueKind.Number ? [value.GetDouble()]
            : value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Number)
                ? value.EnumerateArray().Select(e => e.GetDouble()).ToArray()
                : null;
        if (numbers is null || numbers.Length != count || numbers.Any(n => !double.IsFinite(n)))
        {
            error(0, path, found ? value.GetRawText() : null, count == 1 ? "must be a number" : $"must be an array of {count} numbers");
            return null;
        }

        return numbers;
    }

    private static RegionProvenance? Provenance(IReadOnlyDictionary<string, JsonElement> members, Action<int, string?, string?, string> error)
    {
        if (!members.TryGetValue("provenance", out var p) || p.ValueKind != JsonValueKind.Object)
        {
            error(0, "provenance", null, "is missing: the file must say where its geometry comes from");
            return null;
        }

        string Text(string name)
        {
            if (p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()))
            {
                return v.GetString()!;
            }

            error(0, "provenance." + name, null, "must be a non-empty string");
            return "";
        }

        return new RegionProvenance(Text("source"), Text("edition"), Text("url"), Text("copy"), Text("licence"), Text("credit"),
            Text("image_credit"), Text("source_sha256"), Text("derivation"));
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Code();
}
