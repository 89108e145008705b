using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Tests.Decks;
using Dashboard.Tests.Support;
using Dashboard.Web.Localization;
using DocumentFormat.OpenXml.Packaging;

namespace Dashboard.Tests.Localization;

/// <summary>PowerPoint decks in the reader's language: slide titles, the words around the charts and the speaker notes.</summary>
public sealed partial class DeckLanguageTests(ShippedDataFactory app) : IClassFixture<ShippedDataFactory>
{
    [Theory]
    [InlineData("/ru/export/deck.pptx?deck=paper", "ru")]
    [InlineData("/export/deck.pptx?deck=paper&slides=native&steps=1&lang=ru", "ru")]
    [InlineData("/tr/export/deck.pptx?deck=paper&slides=native", "tr")]
    public async Task DeckPptx_Translated_TitlesAndNotesInTheLanguage(string url, string culture)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var deck = PresentationDocument.Open(stream, false);
        Assert.Empty(DeckReader.Errors(deck));

        var slides = DeckReader.Slides(deck);
        var language = Language.Of(culture);
        var chartSlides = slides.Where(s => DeckReader.Notes(s).Count > 0).ToList();
        Assert.NotEmpty(chartSlides);
        foreach (var slide in chartSlides)
        {
            var title = DeckReader.Title(slide) ?? "";
            var notes = DeckReader.Notes(slide);
            if (culture == "ru")
            {
                Assert.Matches(Cyrillic(), title);
            }

            Assert.Contains(notes, n => n.StartsWith(language.F("Question: {0}", ""), StringComparison.Ordinal));
            Assert.Contains(notes, n => n.StartsWith(language.F("Source: {0}", ""), StringComparison.Ordinal));
            Assert.Contains(notes, n => n.StartsWith(language.F("Permalink: {0}", ""), StringComparison.Ordinal) && n.Contains($"/{culture}/", StringComparison.Ordinal));
            Assert.DoesNotContain(notes, n => n.StartsWith("Source: ", StringComparison.Ordinal) || n.StartsWith("Question: ", StringComparison.Ordinal));
        }

        Assert.Contains(slides, s => DeckReader.Title(s) == language.T("Sources"));
        Assert.Equal(language.T("China and Russia in Central Asia: the paper's story"), DeckReader.Title(slides[0]));
    }

    [Fact]
    public async Task DeckPptx_UnknownLanguage_BadRequestNamingLang()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/export/deck.pptx?deck=paper&lang=de");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("lang", out _));
    }

    [Fact]
    public async Task PackZip_Russian_ChartsInRussian()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/ru/export/pack.zip?charts=top500-systems&formats=svg");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new System.IO.Compression.ZipArchive(await response.Content.ReadAsStreamAsync());
        var svg = zip.Entries.First(e => e.FullName.EndsWith(".svg", StringComparison.Ordinal));
        using var reader = new StreamReader(svg.Open());
        var text = await reader.ReadToEndAsync();
        Assert.Contains("xml:lang=\"ru\"", text, StringComparison.Ordinal);
        Assert.Contains("Суперкомпьютеры TOP500 по странам", text, StringComparison.Ordinal);
    }

    [GeneratedRegex("[А-Яа-яЁё]")]
    private static partial Regex Cyrillic();
}
