using Dapper;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Contract;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Import;

/// <summary>A source's URL is printed as a link (pages, CITATIONS.md): only plain absolute http(s) URLs are accepted.</summary>
public sealed class SourceUrlTests : IDisposable
{
    private readonly TestDataFolder _folder = new();
    private readonly TestDatabase _db = new();

    public void Dispose()
    {
        _folder.Dispose();
        _db.Dispose();
    }

    [Theory]
    [InlineData("https://example.org/a b")]
    [InlineData("https://example.org/a\"b")]
    [InlineData("https://example.org/a'b")]
    [InlineData("https://example.org/<script>")]
    [InlineData("https://example.org/a>b")]
    [InlineData("https://example.org/a`b")]
    [InlineData("https://example.org\\evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("//example.org/a")]
    [InlineData("/relative")]
    [InlineData("mailto:someone@example.org")]
    public void Import_SourceUrlNotAPlainHttpUrl_FailsNamingLineAndColumn(string url)
    {
        _folder.ReplaceLine("sources.csv", 3, $"zanini-2022,\"Zanini, M. (2022).\",\"{url.Replace("\"", "\"\"", StringComparison.Ordinal)}\",,,,");
        using var c = _db.Open();

        var ex = Assert.Throws<ImportFailedException>(() => DataFolderImporter.Import(c, _folder.Path));

        var error = Assert.Single(ex.Errors, e => e.File.EndsWith("sources.csv", StringComparison.Ordinal));
        Assert.Equal((3, "url", url), (error.Line, error.Column, error.Value));
        Assert.Contains("is not an http(s) URL (absolute, without spaces, quotes or angle brackets)", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://doi.org/10.28956/gbd.1249381")]
    [InlineData("http://www.xinhuanet.com/english/2021-07/09/c_1310052462.htm")]
    [InlineData("https://www.forbes.com/sites/x/2020/01/14/y/?sh=3ed735cc2f05")]
    [InlineData("https://example.org/a%20b#part")]
    public void Import_PlainHttpUrl_IsAccepted(string url)
    {
        _folder.ReplaceLine("sources.csv", 3, $"zanini-2022,\"Zanini, M. (2022).\",{url},,,,");
        using var c = _db.Open();

        DataFolderImporter.Import(c, _folder.Path);

        Assert.Equal(url, c.ExecuteScalar<string>("SELECT url FROM sources WHERE id = 'zanini-2022'"));
    }
}
