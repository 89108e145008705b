using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Dashboard.Data.Import.Tables;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Admin;

/// <summary>The upload form's dialect and indicator fields, and the dry-run report saying how the file was read.</summary>
public sealed class UploadDialectTests : IDisposable
{
    private readonly AdminAppFactory _factory = new();
    private readonly AdminSession _session;

    public UploadDialectTests() => _session = new AdminSession(_factory);

    public void Dispose() => _factory.Dispose();

    private async Task<string> UploadAsync(string fileName, byte[] content, Dictionary<string, string> fields)
    {
        await _session.SignInAsync();
        var multipart = new MultipartFormDataContent { { new StringContent(await _session.FormTokenAsync("/admin/upload")), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            multipart.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        multipart.Add(file, "file", fileName);
        var response = await _session.Client.PostAsync("/admin/upload", multipart);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var url = response.Headers.Location!.OriginalString;
        await _session.WaitUntilDoneAsync(url);
        return await _session.Client.GetStringAsync(url);
    }

    [Fact]
    public async Task Upload_Windows1251SemicolonFile_ReportShowsHowItWasRead()
    {
        var bytes = TextEncodingDetector.Resolve("windows-1251")!.GetBytes("Entity;Code;Year;Доля, %\r\nКазахстан;KAZ;2020;12,5\r\n");

        var html = await UploadAsync("ru.csv", bytes, []);

        var report = new HtmlParser().ParseDocument(html);
        Assert.Equal("read as Windows-1251 (not UTF-8; Cyrillic text), ';' delimiter, ',' decimals", report.QuerySelector("#dialect")!.TextContent);
        Assert.Contains("new: KAZ 2020 = 12.5", report.QuerySelectorAll("ul.samples li").Select(li => li.TextContent));
    }

    [Fact]
    public async Task Upload_CountryTableWithFormFields_ReadAsGivenWithTheNamedIndicator()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("Country|2019|2020\nKazakhstan|4,5|-2,5\n");

        var html = await UploadAsync("growth.csv", bytes, new()
        {
            ["delimiter"] = "|",
            ["decimal"] = ",",
            ["indicator"] = "gdp-growth",
            ["indicator-name"] = "GDP growth",
            ["unit"] = "%",
            ["source"] = "paper",
        });

        var report = new HtmlParser().ParseDocument(html);
        Assert.Equal("read as UTF-8, '|' delimiter (given), ',' decimals (given)", report.QuerySelector("#dialect")!.TextContent);
        Assert.Equal("2", report.QuerySelector("#diff tr[data-indicator=gdp-growth] td.num")!.TextContent);
        Assert.Contains("new: KAZ 2020 = -2.5", report.QuerySelectorAll("ul.samples li").Select(li => li.TextContent));
    }

    [Fact]
    public async Task UploadForm_HasTheDialectAndIndicatorFields()
    {
        await _session.SignInAsync();

        var form = new HtmlParser().ParseDocument(await _session.Client.GetStringAsync("/admin/upload"));

        foreach (var name in new[] { "encoding", "delimiter", "decimal", "sheet", "indicator", "indicator-name", "unit", "dimension", "column" })
        {
            Assert.NotNull(form.QuerySelector($"#upload-form [name={name}]"));
        }

        Assert.Contains(".xlsx", form.QuerySelector("#file")!.GetAttribute("accept"), StringComparison.Ordinal);
    }
}
