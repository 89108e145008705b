using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dashboard.Tests.Support;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Localization;
using SkiaSharp;

namespace Dashboard.Tests.Localization;

/// <summary>Charts, maps, alt text and points in Russian and Turkish, through the real chart endpoint over the shipped data.</summary>
public sealed partial class ChartLanguageTests(ShippedDataFactory app) : IClassFixture<ShippedDataFactory>
{
    private static readonly string[] OtherCultures = ["ru", "tr"];

    [Fact]
    public void Glyphs_EveryTranslatedCharacter_InTheShippedFonts()
    {
        // Every letter any translation can put on a chart has a glyph in DejaVu (glyph 0 is the tofu box).
        var texts = Directory.GetFiles(Path.Combine(RepoPaths.Root, "Dashboard.Web", "Localization", "Texts"), "*.json")
            .SelectMany(f => JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(f))!.Values)
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "data", "i18n"), "*.csv").SelectMany(File.ReadAllLines))
            .Concat(["ğĞşŞıİçÇöÖüÜ", "ЁёЙйЪъЫыЭэЮюЯя"]);
        var characters = string.Concat(texts).Where(c => !char.IsControl(c)).Distinct().ToArray();
        foreach (var file in new[] { ChartFonts.RegularFile, ChartFonts.BoldFile })
        {
            using var typeface = SKTypeface.FromFile(file);
            using var font = new SKFont(typeface);
            var missing = characters.Where(c => font.GetGlyphs(c.ToString())[0] == 0).ToList();
            Assert.True(missing.Count == 0, $"{Path.GetFileName(file)} has no glyph for: {string.Join(' ', missing.Select(c => $"U+{(int)c:X4}"))}");
        }
    }

    [Theory]
    [InlineData("Суперкомпьютеры TOP500 по странам")]
    [InlineData("Ülkelere göre TOP500 süper bilgisayarları ĞŞİı")]
    public void Render_TranslatedTitle_DrawsLettersNotTofu(string title)
    {
        // The same title drawn with its letters and drawn as tofu (one unmapped code point per letter) must differ, and
        // each letter's ink must differ from the tofu box's: the font really has them.
        ChartFonts.EnsureRegistered();
        var real = TitleImage(title);
        var tofu = TitleImage(new string('\uE000', title.Length));
        Assert.NotEqual(real, tofu);
        using var typeface = SKTypeface.FromFile(ChartFonts.BoldFile);
        using var font = new SKFont(typeface, 24);
        var box = font.GetGlyphs("\uE000")[0];
        Assert.All(font.GetGlyphs(title.Replace(" ", "", StringComparison.Ordinal)), g => Assert.NotEqual(box, g));
    }

    [Fact]
    public async Task Png_RussianChart_TitleRenderedFromCyrillicText()
    {
        using var client = app.CreateClient();
        var en = await client.GetByteArrayAsync("/charts/top500-systems.png");
        var ru = await client.GetByteArrayAsync("/charts/top500-systems.png?lang=ru");
        Assert.NotEqual(en, ru);
        var svg = await client.GetStringAsync("/charts/top500-systems.svg?lang=ru");
        Assert.Contains("Суперкомпьютеры TOP500 по странам", svg, StringComparison.Ordinal);
        Assert.Contains("xml:lang=\"ru\"", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "arms-import-share")]
    [InlineData("tr", "arms-import-share")]
    public async Task Svg_Translated_NumbersWithTheDecimalComma(string culture, string indicator)
    {
        using var client = app.CreateClient();
        var svg = XDocument.Parse(await client.GetStringAsync($"/charts/{indicator}.svg?lang={culture}"));
        var numbers = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim())
            .Where(t => NumberLike().IsMatch(t)).ToList();
        Assert.Contains(numbers, t => t.Contains(',', StringComparison.Ordinal));
        Assert.DoesNotContain(numbers, t => DotDecimal().IsMatch(t));
    }

    [Fact]
    public async Task Points_Russian_PercentWithNoBreakSpaceAndComma()
    {
        using var client = app.CreateClient();
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/charts/arms-import-share.points.json?lang=ru"));
        var texts = doc.RootElement.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("valueText").GetString()!).ToList();
        Assert.Contains("1,5\u00A0%", texts);
        using var tr = JsonDocument.Parse(await client.GetStringAsync("/charts/arms-import-share.points.json?lang=tr"));
        Assert.Contains("%1,5", tr.RootElement.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("valueText").GetString()!));
    }

    [Fact]
    public async Task Timeline_Russian_EventTitlesFromDataTextsAndTargetNoteKept()
    {
        using var client = app.CreateClient();
        using var points = JsonDocument.Parse(await client.GetStringAsync("/charts/ai-strategy-events.points.json?lang=ru"));
        var titles = points.RootElement.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("valueText").GetString()!).ToList();
        Assert.Contains("Указ № 490 утверждает Национальную стратегию развития ИИ России", titles);
        Assert.DoesNotContain("Decree No. 490 approves Russia's National AI Development Strategy", titles);
        var svg = await client.GetStringAsync("/charts/ai-strategy-events.svg?lang=ru");
        Assert.Contains("Целевые годы — это планы", svg, StringComparison.Ordinal);
        var page = await client.GetStringAsync("/ru/timeline");
        Assert.Contains("Указ № 490 утверждает Национальную стратегию развития ИИ России", page, StringComparison.Ordinal);
        Assert.Contains("Decree No. 490 approves", await client.GetStringAsync("/timeline"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChartUrl_Lang_OwnETagAndUnknownCultureRefused()
    {
        using var client = app.CreateClient();
        var en = await client.GetAsync("/charts/top500-systems.png");
        var ru = await client.GetAsync("/charts/top500-systems.png?lang=ru");
        var prefixed = await client.GetAsync("/ru/charts/top500-systems.png");
        Assert.NotEqual(en.Headers.ETag, ru.Headers.ETag);
        Assert.Equal(ru.Headers.ETag, prefixed.Headers.ETag);
        var bad = await client.GetAsync("/charts/top500-systems.png?lang=xx");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync());
        Assert.StartsWith("'lang' must be one of en, ru, tr", problem.RootElement.GetProperty("errors").GetProperty("lang")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryShippedChart_RuAndTr_NoTextFallsBackToEnglish()
    {
        using var client = app.CreateClient();
        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/indicators"));
        var ids = list.RootElement.EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        Assert.True(ids.Count > 10);
        foreach (var culture in OtherCultures)
        {
            foreach (var id in ids)
            {
                foreach (var query in new[] { "", "&kind=map", "&layout=narrow" })
                {
                    var png = await client.GetAsync($"/charts/{id}.png?lang={culture}{query}");
                    if (query == "&kind=map" && png.StatusCode == HttpStatusCode.BadRequest)
                    {
                        continue;
                    }

                    Assert.Equal(HttpStatusCode.OK, png.StatusCode);
                    Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/charts/{id}.points.json?lang={culture}{query}")).StatusCode);
                }
            }
        }

        var misses = TextCatalog.Shipped.Misses.Where(m => m.Culture is "ru" or "tr").Select(m => $"{m.Culture}: {m.Text}").Order().ToList();
        Assert.True(misses.Count == 0, "untranslated chart texts:\n" + string.Join('\n', misses));
    }

    private static byte[] TitleImage(string title)
    {
        var plot = new ScottPlot.Plot();
        plot.Axes.Title.Label.Text = title;
        plot.Axes.Title.Label.FontName = ChartFonts.Family;
        return plot.GetImageBytes(600, 120, ScottPlot.ImageFormat.Png);
    }

    [GeneratedRegex(@"^[-−]?[0-9][0-9  .,]*(\s?%)?$|^%[0-9][0-9.,]*$")]
    private static partial Regex NumberLike();

    [GeneratedRegex(@"[0-9]\.[0-9]")]
    private static partial Regex DotDecimal();
}
