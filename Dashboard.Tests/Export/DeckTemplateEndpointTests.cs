using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dashboard.Tests.Decks;
using Dashboard.Tests.Support;
using Dashboard.Web.Decks;

namespace Dashboard.Tests.Export;

/// <summary>
/// <c>POST /export/deck.pptx</c> with the briefer's template as the multipart file <c>template</c>, the deck's other
/// parameters in the query string or the form, and <c>template=</c>, <c>title=</c> and per-chart kinds on GET: a deck on
/// the template's layouts, or a 400 naming the parameter, or 413 over the size limit.
/// </summary>
public sealed class DeckTemplateEndpointTests : IDisposable
{
    private readonly AdminAppFactory _app = new(settings: new Dictionary<string, string?> { ["Export:MaxTemplateBytes"] = "200000" });

    public void Dispose() => _app.Dispose();

    private async Task<HttpResponseMessage> PostAsync(string query, byte[]? template, IReadOnlyDictionary<string, string>? fields = null)
    {
        using var client = _app.CreateClient();
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), name);
        }

        if (template is not null)
        {
            var file = new ByteArrayContent(template);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.presentationml.template");
            form.Add(file, "template", "brand.potx");
        }

        return await client.PostAsync(new Uri("/export/deck.pptx" + query, UriKind.Relative), form);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Post_BuiltTemplateWithParametersInQueryAndForm_DeckOnItsLayoutsTitledAndValid()
    {
        var response = await PostAsync("?charts=top500-systems,arms-import-share", TemplateSamples.Built(),
            new Dictionary<string, string> { ["slides"] = "native", ["title"] = "Briefing: compute and arms", ["palette"] = "template" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PptxWriter.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith("-template-native.pptx", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        using var deck = DeckFileReader.OpenValid(await response.Content.ReadAsByteArrayAsync());
        var slides = DeckReader.Slides(deck);
        Assert.Equal("Briefing: compute and arms", DeckReader.Title(slides[0]));
        Assert.Equal(TemplateSamples.TitleLayoutName, slides[0].SlideLayoutPart!.SlideLayout.CommonSlideData!.Name!.Value);
        Assert.All(slides.Skip(1), s => Assert.Equal(TemplateSamples.ContentLayoutName, s.SlideLayoutPart!.SlideLayout.CommonSlideData!.Name!.Value));
        Assert.Equal((9144000, 5143500), (deck.PresentationPart!.Presentation.SlideSize!.Cx!.Value, deck.PresentationPart.Presentation.SlideSize.Cy!.Value));

        // palette=template: the native chart's series take the template's accents.
        Assert.Contains(slides[1].ChartParts.Single().ChartSpace.Descendants<DocumentFormat.OpenXml.Drawing.SchemeColor>(), c => c.Val!.Value == DocumentFormat.OpenXml.Drawing.SchemeColorValues.Accent1);
    }

    [Theory]
    [InlineData("no file", "The form has no file 'template'")]
    [InlineData("not a template", "The template cannot be used: it is not a PowerPoint file")]
    [InlineData("truncated", "is not a PowerPoint file")]
    public async Task Post_NoOrBadTemplate_400NamingTemplate(string what, string message)
    {
        byte[]? bytes = what switch
        {
            "no file" => null,
            "not a template" => "a text file"u8.ToArray(),
            _ => TemplateSamples.Built()[..2000],
        };

        var response = await PostAsync("?charts=top500-systems", bytes, new Dictionary<string, string> { ["slides"] = "picture" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("Invalid parameter 'template'", problem.GetProperty("title").GetString());
        Assert.Contains(message, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TemplateOverTheLimit_413AndNoDeck()
    {
        var response = await PostAsync("?charts=top500-systems", new byte[300_000]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Export:MaxTemplateBytes", (await ProblemAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NotAForm_400()
    {
        using var client = _app.CreateClient();

        var response = await client.PostAsync(new Uri("/export/deck.pptx?charts=top500-systems", UriKind.Relative), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("multipart/form-data", (await ProblemAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?charts=top500-systems&template=brand", "template", "There is no template 'brand': none has been uploaded")]
    [InlineData("?charts=top500-systems&template=Brand!", "template", "is not a template id")]
    [InlineData("?charts=top500-systems&slides=native&palette=template", "palette", "'palette=template' takes the colours of a template")]
    [InlineData("?charts=top500-systems:globe", "charts", "after ':' comes map or chart")]
    [InlineData("?charts=top500-systems&steps=1", "steps", "none is: add 'reveal=all'")]
    public async Task Get_BadTemplateKindOrSteps_400NamingTheParameter(string query, string parameter, string message)
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(new Uri("/export/deck.pptx" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal($"Invalid parameter '{parameter}'", problem.GetProperty("title").GetString());
        Assert.Contains(message, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TitleTooLong_400NamingTitle()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(new Uri("/export/deck.pptx?charts=top500-systems&title=" + new string('x', 201), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Invalid parameter 'title'", (await ProblemAsync(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Get_ChartListWithTitle_CoverCarriesItAndOtherwiseChosenCharts()
    {
        using var client = _app.CreateClient();

        var titled = await client.GetByteArrayAsync(new Uri("/export/deck.pptx?charts=top500-systems&title=Compute%20%E2%80%94%20who%20leads%3F", UriKind.Relative));
        var plain = await client.GetByteArrayAsync(new Uri("/export/deck.pptx?charts=top500-systems,arms-import-share", UriKind.Relative));

        using (var deck = DeckFileReader.OpenValid(titled))
        {
            Assert.Equal("Compute — who leads?", DeckReader.Title(DeckReader.Slides(deck)[0]));
        }

        using (var deck = DeckFileReader.OpenValid(plain))
        {
            Assert.Equal("Chosen charts", DeckReader.Title(DeckReader.Slides(deck)[0]));
        }
    }
}
