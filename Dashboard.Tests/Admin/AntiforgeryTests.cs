using System.Net;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Admin;

public sealed class AntiforgeryTests : IDisposable
{
    private readonly AdminAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Upload_WithoutAntiforgeryToken_Is400AndStoresNothing()
    {
        using var session = new AdminSession(_factory);
        await session.SignInAsync();

        var response = await session.UploadAsync("x.csv", "indicator,entity,period,value,source,locator,basis\n"u8.ToArray(), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("antiforgery check failed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(_factory.Directory, "pending-uploads")));
    }

    [Theory]
    [InlineData("/admin?handler=Remove&id=paper")]
    [InlineData("/admin?handler=SignOut")]
    [InlineData("/admin/uploads/abc?handler=Apply")]
    [InlineData("/admin/uploads/abc?handler=Discard")]
    [InlineData("/admin/signin")]
    public async Task AdminForms_PostWithoutAntiforgeryToken_Are400(string url)
    {
        using var session = new AdminSession(_factory);
        await session.SignInAsync();

        var response = await session.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["confirm"] = "yes", ["token"] = AdminAppFactory.Token }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
