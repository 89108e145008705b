using Dashboard.Data.Geo;
using Dashboard.Tests.Support;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Composing;
using Dashboard.Web.Charts.Drawing;
using Dashboard.Web.Charts.Maps;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;

namespace Dashboard.Tests.Charts.Maps;

/// <summary>Hand-built map layers on the shipped geometry (data/geo, copied to the test output), and a spec for the frame.</summary>
internal static class MapSamples
{
    public const string SourceText = "Source: ONE Campaign from World Bank IDS";

    /// <summary>China's share of each state's external debt in 2019 as shipped (rounded), Turkmenistan optional.</summary>
    public static readonly IReadOnlyDictionary<string, double> Debt2019 = new Dictionary<string, double>
    {
        ["KAZ"] = 3.241467458270653,
        ["KGZ"] = 47.915408702246445,
        ["TJK"] = 39.7162825763629,
        ["TKM"] = 25.00089421991413,
        ["UZB"] = 17.194052358179025,
    };

    private static readonly Lazy<RegionGeometry> Shipped = new(() =>
        RegionGeometryFile.Load(RepoPaths.ShippedData) ?? throw new InvalidOperationException("data/geo/central-asia.geojson is not in the test output"));

    public static RegionGeometry Geometry => Shipped.Value;

    public static MapLayer Layer(IReadOnlyDictionary<string, double>? values = null, string unit = "%") =>
        MapLayer.Create(Geometry, values ?? Debt2019, unit, "2019");

    public static MapLayer DebtWithoutTurkmenistan() =>
        Layer(Debt2019.Where(kv => kv.Key != "TKM").ToDictionary(kv => kv.Key, kv => kv.Value));

    /// <summary>The plot of a map spec as the chart path builds it: kind map, the layer, the credit in the footer.</summary>
    public static ScottPlot.Plot Plot(ChartSpec spec, MapLayer layer, ChartTheme theme, ChartSize size) =>
        ChartBuilder.Build(spec with { Kind = ChartKind.Map, Map = layer, Footer = spec.Footer with { Credit = layer.Credit } }, theme, size);

    public static ChartSpec Spec() => new()
    {
        Title = "Share of external debt owed to China (bilateral), 2019",
        Subtitle = "Unit: % of long-term public and publicly guaranteed external debt · Central Asia · 2019",
        Unit = "%",
        Notes = ["Turkmenistan: no row in the source for this year"],
        Footer = new ChartFooter { Citations = SourceText["Source: ".Length..], Site = "GeoAI Dashboard" },
    };
}
