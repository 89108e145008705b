using Dashboard.Data.Geo;
using Dashboard.Data.Queries;
using Dashboard.Tests.Support;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Maps;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;

namespace Dashboard.Tests.Charts.Maps;

/// <summary>
/// The map pieces on the shipped store, as the chart pipeline will join them: the debt indicator's rows, the default
/// period, the layer and the SVG titles of issue 12's "done when" (Kyrgyzstan 47.9, Tajikistan 39.7 in 2019).
/// </summary>
public sealed class ShippedDebtMapTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public ShippedDebtMapTests()
    {
        ChartFonts.EnsureRegistered();
        _db.Database.EnsureBuilt(RepoPaths.ShippedData);
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Map_DebtShareTo2019_TitlesGiveTheShippedValues()
    {
        var rows = await new ObservationQueries(_db.Database).GetObservationsAsync("external-debt-share-china-bilateral");
        var geometry = RegionGeometryFile.Load(RepoPaths.ShippedData)!;
        var subjects = geometry.Subjects.Select(s => s.Code).ToList();

        var period = MapPeriod.Choose(rows.Select(r => (r.EntityCode, r.Period)), subjects, to: Dashboard.Data.Model.Period.Parse("2019"));
        var layer = MapLayer.Create(geometry, rows.Where(r => r.Period == period).ToDictionary(r => r.EntityCode, r => r.Value), "%", period!);
        var size = new ChartSize(1920, 1080, 2);
        using var plot = MapSamples.Plot(new ChartSpec { Title = "Debt", Footer = new ChartFooter { Citations = "ONE", Site = "GeoAI Dashboard" } }, layer, ChartTheme.Light, size);
        var svg = ChartRenderer.RenderSvg(plot, size, "Debt");
        var png = ChartRenderer.RenderPng(plot, size);

        Assert.Equal("2019", period);
        var titles = ImageAssert.Svg(svg).Descendants().Where(e => e.Name.LocalName == "title").Select(e => e.Value).ToList();
        Assert.Contains("Kyrgyzstan: 47.9 % (2019)", titles);
        Assert.Contains("Tajikistan: 39.7 % (2019)", titles);
        ImageAssert.PngSize(png, 3840, 2160);
    }

    [Fact]
    public async Task MapPeriod_DebtShareWithoutTo_LatestYearWithMostStates()
    {
        var rows = await new ObservationQueries(_db.Database).GetObservationsAsync("external-debt-share-china-bilateral");
        var latest = rows.Max(r => r.Period);

        var period = MapPeriod.Choose(rows.Select(r => (r.EntityCode, r.Period)), ["KAZ", "KGZ", "TJK", "TKM", "UZB"]);

        Assert.Equal(latest, period);
        Assert.True(rows.Count(r => r.Period == period) >= 3);
    }
}
