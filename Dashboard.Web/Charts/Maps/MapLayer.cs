using System.Globalization;
using Dashboard.Data.Geo;
using Dashboard.Web.Charts.Drawing;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Styling;

namespace Dashboard.Web.Charts.Maps;

/// <summary>
/// Everything a choropleth draws besides the frame (title, subtitle, notes, footer come from the <see cref="ChartSpec"/>):
/// the countries in drawing order (context first), their values and classes, the unit and period, the view limit,
/// the names on water and the geometry credit. Build it with <see cref="Create"/>.
/// </summary>
public sealed record MapLayer
{
    public required IReadOnlyList<MapRegion> Regions { get; init; }

    public required MapBins Bins { get; init; }

    /// <summary>The largest view the map may show, projected metres (from the geometry file).</summary>
    public required MapRect Extent { get; init; }

    /// <summary>Unit of the values, e.g. "%"; written in country titles and, unless <see cref="LegendTitle"/> is set, over the legend.</summary>
    public string Unit { get; init; } = "";

    /// <summary>Heading of the legend; empty = the unit.</summary>
    public string LegendTitle { get; init; } = "";

    /// <summary>The period mapped as readers see it, e.g. "2019".</summary>
    public string PeriodLabel { get; init; } = "";

    public IReadOnlyList<MapWaterLabel> WaterLabels { get; init; } = [];

    /// <summary>Printed in the footer of every map image.</summary>
    public string Credit { get; init; } = "Boundaries: Natural Earth";

    public IEnumerable<MapRegion> Subjects => Regions.Where(r => r.IsSubject);

    public bool HasMissingValues => Subjects.Any(r => r.Value is null);

    /// <summary>
    /// A layer for <paramref name="values"/> (by entity code; codes that are not subject countries are ignored) on the
    /// shipped geometry: projects every shape, classes the subjects' values with <see cref="MapBinning.Compute"/>.
    /// </summary>
    /// <param name="geometry">The regional geometry (see <see cref="MapGeometryProvider"/>).</param>
    /// <param name="values">The mapped values by entity code (one period).</param>
    /// <param name="unit">The indicator's unit, e.g. "%".</param>
    /// <param name="periodLabel">The period as readers see it, e.g. "2019".</param>
    /// <param name="names">Display names by code (e.g. from entities.csv); the geometry's names otherwise.</param>
    /// <param name="maxBins">At most this many classes.</param>
    public static MapLayer Create(RegionGeometry geometry, IReadOnlyDictionary<string, double> values, string unit, string periodLabel,
        IReadOnlyDictionary<string, string>? names = null, int maxBins = MapBinning.DefaultBins)
    {
        var projection = geometry.Projection;
        MapPolygon Project(GeoPolygon p) => new(p.Rings.Select(r => r.Select(projection.Project).ToArray()).ToList());
        var regions = geometry.Shapes.OrderBy(s => s.IsSubject).Select(s => new MapRegion(
            s.Code,
            names is not null && names.TryGetValue(s.Code, out var name) ? name : s.Name,
            s.IsSubject,
            s.IsSubject && values.TryGetValue(s.Code, out var v) && double.IsFinite(v) ? v : null,
            s.Polygons.Select(Project).ToList())).ToList();
        return new MapLayer
        {
            Regions = regions,
            Bins = MapBinning.Compute(regions.Where(r => r.Value is not null).Select(r => r.Value!.Value), maxBins),
            Extent = geometry.Extent,
            Unit = unit,
            PeriodLabel = periodLabel,
            Credit = geometry.Provenance.ImageCredit,
            WaterLabels = [new MapWaterLabel("Caspian Sea", projection.Project(new GeoPoint(50.6, 42.6)), projection.Project(new GeoPoint(51.3, 39.6)))],
        };
    }

    /// <summary>The region's value as written on the map ("47.9%"), or "no data".</summary>
    public string ValueText(MapRegion region) =>
        region.Value is { } v ? FormatNumber(v) + (Unit == "%" ? "%" : "") : "no data";

    /// <summary>
    /// A mapped value: three significant digits below 100 (47.9, 3.24, 0.0412), whole numbers from 100, thousands
    /// separators from 10,000 and "m"/"bn" above, as the other charts' labels.
    /// </summary>
    public static string FormatNumber(double v)
    {
        var a = Math.Abs(v);
        if (a >= 1e4)
        {
            return ValueFormat.Label(v, "");
        }

        if (a >= 100 || a == 0)
        {
            return Math.Round(v, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);
        }

        var decimals = Math.Clamp(2 - (int)Math.Floor(Math.Log10(a)), 0, 8);
        return Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The accessible title of a region, as its SVG element's &lt;title&gt;: "Kyrgyzstan: 47.9 % (2019)",
    /// "Turkmenistan: no data (2019)", or the name alone for a context country.
    /// </summary>
    public string TitleOf(MapRegion region)
    {
        if (!region.IsSubject)
        {
            return region.Name;
        }

        var value = region.Value is { } v ? (FormatNumber(v) + " " + Unit).TrimEnd() : "no data";
        return PeriodLabel.Length == 0 ? $"{region.Name}: {value}" : $"{region.Name}: {value} ({PeriodLabel})";
    }
}
