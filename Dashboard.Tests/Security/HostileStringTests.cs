using Dashboard.Data.Import;
using Dashboard.Data.Import.Store;
using Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Security;

/// <summary>
/// A name or note that came from a CSV must be shown harmlessly everywhere. The strings are imported through the
/// importer (as an upload would store them) and the pages that show them are checked for encoding.
/// </summary>
public sealed class HostileStringTests : IDisposable
{
    public const string Script = "<script>alert(1)</script>";
    public const string Formula = "=HYPERLINK(\"http://x\")";

    private readonly AdminAppFactory _factory = new();

    public HostileStringTests()
    {
        using var client = _factory.CreateClient(); // builds the store
        using var c = new SqliteConnection($"Data Source={_factory.DatabasePath};Foreign Keys=True");
        c.Open();
        var content = new ContentBuilder()
            .WithIndicator(ContentBuilder.Indicator("hostile", Script) with { Description = Formula, Unit = "<b>u</b>" })
            .Row("hostile", "KAZ", "2020", 1, note: Formula, locator: Script);
        var report = DatasetImporter.Apply(c, content.Content,
            new DatasetImportRequest { DatasetId = "hostile-upload", FileName = "<img src=x onerror=alert(1)>.csv", ContentHash = "h" }, new ErrorList());
        Assert.True(report.Applied, string.Join("\n", report.Errors));
    }

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/admin")]
    [InlineData("/indicators/hostile")]
    public async Task Page_HostileNames_AreHtmlEncoded(string url)
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", AdminAppFactory.Token);

        var response = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);

        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>u</b>", html, StringComparison.Ordinal);
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.DoesNotContain(doc.QuerySelectorAll("script"), s => string.IsNullOrEmpty(s.GetAttribute("src")));
        Assert.Empty(doc.QuerySelectorAll("img[onerror]"));
        Assert.Contains(doc.All, e => e.ChildNodes.Any(n => n.NodeType == AngleSharp.Dom.NodeType.Text && n.TextContent.Contains(url == "/admin" ? "<img src=x onerror=alert(1)>.csv" : Script, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ChartSvg_HostileNames_AreXmlEscaped()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync("/charts/hostile.svg");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);

        var svg = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        var xml = System.Xml.Linq.XDocument.Parse(svg);
        Assert.DoesNotContain(xml.Descendants(), e => e.Name.LocalName is "script" or "foreignObject");
        Assert.Contains(xml.Descendants(), e => e.Value.Contains(Script, StringComparison.Ordinal) || e.Attributes().Any(a => a.Value.Contains(Script, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ChartCsv_FormulaText_IsNeutralised()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync("/charts/hostile.csv");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);

        var csv = await response.Content.ReadAsStringAsync();
        Assert.Contains("HYPERLINK", csv, StringComparison.Ordinal);
        var fields = csv.Split('\n').SelectMany(line => line.Split(',')).Select(f => f.Trim().TrimStart('"'));
        Assert.DoesNotContain(fields, f => f.StartsWith('=') || f.StartsWith('+') || f.StartsWith('@'));
    }

    [Fact]
    public async Task Api_HostileNames_AreJsonEscapedNotRawHtml()
    {
        using var client = _factory.CreateClient();

        var json = await client.GetStringAsync("/api/indicators/hostile");

        Assert.DoesNotContain("<script>", json, StringComparison.Ordinal);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(Script, doc.RootElement.GetProperty("indicator").GetProperty("name").GetString());
    }
}
