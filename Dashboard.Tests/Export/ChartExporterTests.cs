using System.Globalization;
using System.Text;
using System.Xml.Linq;
using CsvHelper;
using Dashboard.Data;
using Dashboard.Tests.Support;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Export;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Export;

public sealed class ChartExporterTests(ExportDataFactory app) : IClassFixture<ExportDataFactory>
{
    private static readonly ChartSelection Top500 = new() { Indicator = "top500-systems", Entities = ["CHN", "RUS"] };

    private ChartExporter Exporter => app.Services.GetRequiredService<ChartExporter>();

    private static ExportSettings Settings(string preset, int scale = 1, string theme = "light") =>
        Exports.Settings(preset, null, null, scale.ToString(CultureInfo.InvariantCulture), theme);

    private async Task<ExportedChart> ExportAsync(ChartSelection chart, ExportSettings settings, IReadOnlyList<ChartFormat> formats, string baseUrl = "")
    {
        var resolved = Assert.Single(await Exports.ResolveAsync(app.Services, new Deck("charts", "Chosen charts", [new DeckItem(chart, "")])));
        return await Exporter.ExportAsync(resolved, settings, formats, baseUrl, CancellationToken.None);
    }

    private async Task<ExportFile> ExportOneAsync(ChartSelection chart, ExportSettings settings, ChartFormat format, string baseUrl = "https://dash.example") =>
        Assert.Single((await ExportAsync(chart, settings, [format], baseUrl)).Files);

    public static TheoryData<string, int> PresetsAndScales()
    {
        var data = new TheoryData<string, int>();
        foreach (var preset in ExportPreset.All)
        {
            for (var scale = ChartSize.MinScale; scale <= ChartSize.MaxScale; scale++)
            {
                data.Add(preset.Id, scale);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PresetsAndScales))]
    public async Task ExportAsync_EachPresetAndScale_PngHasExactPixelSize(string presetId, int scale)
    {
        var preset = ExportPreset.Find(presetId)!;

        var file = await ExportOneAsync(Top500, Settings(presetId, scale), ChartFormat.Png);

        var png = PngInfo.Read(file.Bytes);
        Assert.Equal((preset.Width * scale, preset.Height * scale), (png.Width, png.Height));
        Assert.EndsWith(FormattableString.Invariant($"-{preset.Width * scale}x{preset.Height * scale}.png"), file.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_CustomSize_PngHasThatSize()
    {
        var settings = Exports.Settings("custom", "1000", "500", "3", "dark");

        var file = await ExportOneAsync(Top500, settings, ChartFormat.Png);

        Assert.Equal((3000, 1500), (PngInfo.Read(file.Bytes).Width, PngInfo.Read(file.Bytes).Height));
    }

    [Fact]
    public async Task ExportAsync_Png_CarriesTitleCitationsPermalinkDataVersionLicence()
    {
        var file = await ExportOneAsync(Top500, Settings("document", 2, "projector"), ChartFormat.Png);

        var png = PngInfo.Read(file.Bytes);
        Assert.Equal("TOP500 systems", png.Text("Title"));
        // Full citations of both sources the rows cite (the paper for 2019-11, Zanini for the derived 2020-06 row).
        Assert.Contains("Kalkan Küçüksolak, Ö. & Fırat, T. (2023). The Geopolitics of AI in Central Asia.", png.Text("Source"), StringComparison.Ordinal);
        Assert.Contains("Zanini, M. (2022). China and Central Asia.", png.Text("Source"), StringComparison.Ordinal);
        Assert.Equal("https://dash.example/charts/top500-systems.png?entities=CHN,RUS&height=800&scale=2&theme=projector", png.Text("Permalink"));
        Assert.Equal(app.Services.GetRequiredService<Database>().GetDataVersion(), png.Text("Data-Version"));
        Assert.False(string.IsNullOrWhiteSpace(png.Text("Licence")));
        // Readers that only know tEXt (ImageMagick 6) still see every field.
        Assert.All(["Title", "Description", "Source", "Permalink", "Data-Version", "Licence"],
            key => Assert.Contains(png.TextChunks, c => c.Type == "tEXt" && c.Keyword == key));
    }

    [Fact]
    public async Task ExportAsync_Svg_StandaloneXmlWithTitleAndSourceText()
    {
        var file = await ExportOneAsync(Top500, Settings("slide-16x9"), ChartFormat.Svg);
        var svg = Encoding.UTF8.GetString(file.Bytes);

        var doc = XDocument.Parse(svg);
        Assert.Equal("svg", doc.Root!.Name.LocalName);
        var text = string.Join(" ", doc.Descendants().Where(e => e.Name.LocalName is "text" or "title").Select(e => e.Value));
        Assert.Contains("TOP500 systems", text, StringComparison.Ordinal);
        Assert.Contains("Source: ", text, StringComparison.Ordinal);
        Assert.Contains("Kalkan Küçüksolak & Fırat (2023)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<image", svg, StringComparison.Ordinal);
        // "http" only as the value of an xmlns declaration: no external font, stylesheet or image.
        var httpOutsideNamespaces = doc.Descendants().SelectMany(e => e.Attributes())
            .Where(a => !a.IsNamespaceDeclaration && a.Value.Contains("http", StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Name + "=" + a.Value)
            .Concat(doc.DescendantNodes().OfType<XText>().Where(t => t.Value.Contains("http", StringComparison.OrdinalIgnoreCase)).Select(t => t.Value));
        Assert.Empty(httpOutsideNamespaces);
        Assert.All(doc.Descendants().Attributes("font-family"), f => Assert.EndsWith("sans-serif", f.Value, StringComparison.Ordinal));
        Assert.Equal("0 0 1920 1080", doc.Root.Attribute("viewBox")?.Value);
    }

    [Fact]
    public async Task ExportAsync_Csv_HasBomRoundTripsAndNeutralisesFormulasButKeepsNumbers()
    {
        var file = await ExportOneAsync(ChartSelection.Of("trade-balance"), Settings("document"), ChartFormat.Csv);

        Assert.Equal("trade-balance-2019-2021.csv", file.Name);
        Assert.Equal([0xEF, 0xBB, 0xBF], file.Bytes[..3]);
        using var reader = new CsvReader(new StreamReader(new MemoryStream(file.Bytes), new UTF8Encoding(false)), CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal("indicator", reader.HeaderRecord![0]);
        var minus5 = Assert.Single(rows, r => (string)r["period"] == "2020");
        Assert.Equal("-5", minus5["value"]);
        Assert.Equal(-5d, double.Parse((string)minus5["value"], NumberStyles.Float, CultureInfo.InvariantCulture));
        Assert.Equal("'" + ExportDataFactory.HostileNote, minus5["note"]);
        var y2021 = Assert.Single(rows, r => (string)r["period"] == "2021");
        Assert.Equal("'@SUM(A1)", y2021["locator"]);
        Assert.Equal("'+1 tab\tand -x", y2021["note"]);
        Assert.Equal(12.5, double.Parse((string)Assert.Single(rows, r => (string)r["period"] == "2019")["value"], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ResolveAsync_UnknownIndicatorInAList_NamedAndNothingResolved()
    {
        var deck = new Deck("charts", "Chosen charts", [new DeckItem(Top500, ""), new DeckItem(ChartSelection.Of("no-such"), "")]);

        var resolution = await DeckResolution.ResolveAsync(deck, app.Services.GetRequiredService<ChartResolver>(), CancellationToken.None);

        Assert.Equal("no-such", resolution.UnknownChart);
        Assert.Empty(resolution.Items);
    }

    [Fact]
    public async Task ExportAsync_ChosenEntities_FilesNamedForThemWithSpan()
    {
        async Task<string> Name(ChartSelection chart) => (await ExportOneAsync(chart, ExportSettings.Default, ChartFormat.Csv)).Name;

        Assert.Equal("china-russia-top500-systems-2019-2020.csv", await Name(Top500));
        Assert.Equal("top500-systems-2019-2020.csv", await Name(ChartSelection.Of("top500-systems")));
        Assert.Equal("russia-top500-systems-2020.csv", await Name(new ChartSelection { Indicator = "top500-systems", Entities = ["RUS"], From = Dashboard.Data.Model.Period.Parse("2020") }));
    }
}
