using Dashboard.Data.Geo;
using Dashboard.Data.Model;
using Dashboard.Web.Charts.Drawing;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Localization;

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

    /// <summary>How values are rounded on the map and in its titles (the indicator's <c>display_precision</c>).</summary>
    public NumberPrecision Precision { get; init; } = NumberPrecision.Default;

    /// <summary>Printed in the footer of every map image.</summary>
    public string Credit { get; init; } = "Boundaries: Natural Earth";

    /// <summary>The reader's language of the values, "no data" and the water names on the map.</summary>
    public Language Language { get; init; } = Language.English;

    /// <summary>Where the boundaries come from, in full (source, URL, licence, the credit asked for), for notes and reference lists.</summary>
    public RegionProvenance? Provenance { get; init; }

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
    /// <param name="bins">The classes (fitted to every period of the map); null = classes of these values alone.</param>
    /// <param name="language">The reader's language: country names from CLDR, values with its numbers.</param>
    public static MapLayer Create(RegionGeometry geometry, IReadOnlyDictionary<string, double> values, string unit, string periodLabel,
        IReadOnlyDictionary<string, string>? names = null, MapBins? bins = null, Language? language = null)
    {
        language ??= Language.English;
        var projection = geometry.Projection;
        MapPolygon Project(GeoPolygon p) => new(p.Rings.Select(r => r.Select(projection.Project).ToArray()).ToList());
        var regions = geometry.Shapes.OrderBy(s => s.IsSubject).Select(s => new MapRegion(
            s.Code,
            names is not null && names.TryGetValue(s.Code, out var name) ? name : language.Country(s.Code, s.Name),
            s.IsSubject,
            s.IsSubject && values.TryGetValue(s.Code, out var v) && double.IsFinite(v) ? v : null,
            s.Polygons.Select(Project).ToList())).ToList();
        return new MapLayer
        {
            Regions = regions,
            Bins = bins ?? MapBinning.Compute(regions.Where(r => r.Value is not null).Select(r => r.Value!.Value)),
            Extent = geometry.Extent,
            Unit = unit,
            PeriodLabel = periodLabel,
            Credit = geometry.Provenance.ImageCredit,
            Language = language,
            Provenance = geometry.Provenance,
            WaterLabels = [new MapWaterLabel(language.T("Caspian Sea"), projection.Project(new GeoPoint(50.6, 42.6)), projection.Project(new GeoPoint(51.3, 39.6)))],
        };
    }

    /// <summary>The region's value as written on the map ("47.9%"), or "no data".</summary>
    public string ValueText(MapRegion region) =>
        region.Value is { } v ? Percent(FormatNumber(v)) : Language.T("no data");

    private string Percent(string number) => Unit != "%" ? number : Language.IsEnglish ? number + "%" : Language.PercentOf(number);

    /// <summary>A mapped value rounded by the indicator's precision (<c>ValueFormat.Display</c>): 47.9, 3.24, 228, 1.69 bn.</summary>
    public string FormatNumber(double v) => ValueFormat.Display(v, Precision, Language);

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

        var value = region.Value is { } v
            ? (Language.IsEnglish || Unit != "%" ? (FormatNumber(v) + " " + Unit).TrimEnd() : Language.PercentOf(FormatNumber(v)))
            : Language.T("no data");
        return PeriodLabel.Length == 0 ? $"{region.Name}: {value}" : $"{region.Name}: {value} ({PeriodLabel})";
    }
}
