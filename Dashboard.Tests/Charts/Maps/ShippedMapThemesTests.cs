using Dashboard.Data.Model;
using Dashboard.Tests.Support;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Drawing;
using Dashboard.Web.Charts.Drawing.Map;
using Dashboard.Web.Charts.Maps;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Microsoft.Data.Sqlite;
using SkiaSharp;

namespace Dashboard.Tests.Charts.Maps;

/// <summary>
/// Issue 12: every shipped indicator with rows for a country renders as a map in every theme, through the real factory
/// (loader + composer) on the shipped store, and each of the five states shows its bin's colour in the PNG, or the
/// hatched "no data" fill when it has no value.
/// </summary>
public sealed class ShippedMapThemesTests(ShippedMapThemesTests.Store store) : IClassFixture<ShippedMapThemesTests.Store>
{
    public sealed class Store : IDisposable
    {
        private readonly TestDatabase _db = new();

        public Store()
        {
            ChartFonts.EnsureRegistered();
            _db.Database.EnsureBuilt(RepoPaths.ShippedData);
            using var c = _db.Open();
            using var command = c.CreateCommand();
            command.CommandText = """
                SELECT DISTINCT o.indicator_id FROM observations o JOIN entities e ON e.code = o.entity_code
                WHERE e.kind = 'country' ORDER BY o.indicator_id
                """;
            using var reader = command.ExecuteReader();
            var ids = new List<string>();
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }

            CountryIndicators = ids;
            Factory = SpecFactories.For(_db.Database);
        }

        /// <summary>Indicators with at least one row for a single country, read from the store.</summary>
        public IReadOnlyList<string> CountryIndicators { get; }

        public ChartSpecFactory Factory { get; }

        public void Dispose()
        {
            SqliteConnection.ClearAllPools();
            _db.Dispose();
        }
    }

    public static TheoryData<string> Themes() => new(ChartTheme.All.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task RenderPng_EveryCountryIndicator_EachStateInItsBinColourOrHatched(string themeName)
    {
        var theme = ChartTheme.Find(themeName)!;
        var size = new ChartSize(1200, 675);
        Assert.Contains("external-debt-share-china-bilateral", store.CountryIndicators);
        Assert.True(store.CountryIndicators.Count >= 5, "too few country indicators: " + string.Join(", ", store.CountryIndicators));

        foreach (var id in store.CountryIndicators)
        {
            var spec = await store.Factory.CreateAsync(new ChartSelection { Indicator = id, Kind = ChartKind.Map, Theme = theme, Size = size });
            Assert.NotNull(spec);
            Assert.Equal(ChartKind.Map, spec.Kind);
            var layer = spec.Map ?? throw new Xunit.Sdk.XunitException($"{id}: no map ({string.Join("; ", spec.Notes)})");
            Assert.Equal(5, layer.Subjects.Count());

            using var plot = ChartBuilder.Build(spec, theme, size);
            var png = ChartRenderer.RenderPng(plot, size);
            ImageAssert.PngSize(png, 1200, 675);
            var layout = plot.GetPlottables().OfType<MapPlottable>().Single().LastLayout!;
            using var bitmap = SKBitmap.Decode(png);
            foreach (var subject in layer.Subjects)
            {
                var region = layout.Regions.Single(r => r.Region.Code == subject.Code);
                var what = $"{id} {theme.Name} {subject.Code}";
                if (subject.Value is { } v)
                {
                    var bin = layer.Bins.IndexOf(v);
                    Assert.True(bin >= 0, $"{what}: {v} is in no bin");
                    var point = MapSampling.ClearInteriorPoint(layout, region, margin: 4);
                    MapSampling.AssertColour(bitmap, point, 1, MapPalette.Bin(bin, layer.Bins.Count, theme), $"{what} = {v} at {point}");
                    Assert.Contains(spec.Series, s => s.Entity == subject.Code && s.Points.Single().Value == v);
                }
                else
                {
                    AssertHatched(bitmap, layout, region, theme, what);
                    Assert.DoesNotContain(spec.Series, s => s.Entity == subject.Code);
                }
            }
        }
    }

    /// <summary>The pale no-data fill crossed by hatching: many pixels of the pale fill, some clearly darker or lighter.</summary>
    private static void AssertHatched(SKBitmap bitmap, MapLayout layout, MapPixelRegion region, ChartTheme theme, string what)
    {
        var pale = MapPalette.NoData(theme).ToSKColor();
        // Every pixel of a window around the state's clearest point (large states would cost seconds whole).
        var centre = MapSampling.ClearInteriorPoint(layout, region, margin: 3);
        var window = new Dashboard.Data.Geo.MapRect(centre.X, centre.Y, centre.X, centre.Y).Inflate(30, 30);
        var samples = MapSampling.InteriorPoints(layout, region, 3, step: 1, window).Select(p => bitmap.GetPixel((int)p.X, (int)p.Y)).ToList();
        Assert.True(samples.Count > 30, $"{what}: too few interior samples ({samples.Count})");
        var paleShare = samples.Count(c => MapSampling.Close(c, pale, 3)) / (double)samples.Count;
        Assert.InRange(paleShare, 0.3, 0.95);
        Assert.True(samples.Count(c => Math.Abs(MapSampling.Lightness(c) - MapSampling.Lightness(pale)) > 40) > samples.Count / 20, $"{what}: no hatching");
    }
}
