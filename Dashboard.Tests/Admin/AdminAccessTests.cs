using System.Net;
using System.Net.Http.Headers;
using Dashboard.Tests.Support;
using Dashboard.Web.Admin;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Tests.Admin;

public sealed class AdminAccessTests
{
    private static HttpClient Client(AdminAppFactory f) => f.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task AdminPage_NoTokenConfigured_SaysAdminIsOffAndOffersNoUpload()
    {
        using var factory = new AdminAppFactory(token: null);
        using var client = Client(factory);

        var response = await client.GetAsync("/admin");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Admin features are off", html, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"file\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/admin/upload")]
    [InlineData("POST", "/admin/upload")]
    [InlineData("GET", "/admin/signin")]
    [InlineData("POST", "/admin/signin")]
    [InlineData("GET", "/admin/uploads/abc")]
    [InlineData("GET", "/admin/uploads/abc/status")]
    [InlineData("POST", "/admin?handler=Remove&id=x")]
    public async Task AdminUrls_NoTokenConfigured_AreNotFound(string method, string url)
    {
        using var factory = new AdminAppFactory(token: null);
        using var client = Client(factory);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "anything-at-all-0123456789");

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = method == "POST" ? new StringContent("x") : null });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/admin", null)]
    [InlineData("GET", "/admin/upload", null)]
    [InlineData("POST", "/admin/upload", null)]
    [InlineData("GET", "/admin/uploads/abc", null)]
    [InlineData("GET", "/admin/uploads/abc/status", null)]
    [InlineData("GET", "/admin", "wrong-token-0123456789-abc")]
    [InlineData("POST", "/admin/upload", "wrong-token-0123456789-abc")]
    [InlineData("GET", "/admin", "Tq7-mZ4x-Rb9w-Kc2v-Hn5")] // one character short
    public async Task AdminUrls_MissingOrWrongToken_Are401(string method, string url, string? token)
    {
        using var factory = new AdminAppFactory();
        using var client = Client(factory);
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = method == "POST" ? new StringContent("x") : null });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPage_BearerToken_ShowsDatasetsAndUploadForm()
    {
        using var factory = new AdminAppFactory();
        using var client = Client(factory);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminAppFactory.Token);

        var html = await client.GetStringAsync("/admin");

        Assert.Contains("data-dataset=\"paper\"", html, StringComparison.Ordinal);
        Assert.Contains("type=\"file\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_RightToken_SetsHttpOnlyStrictCookieThatGrantsAccess()
    {
        using var factory = new AdminAppFactory();
        using var session = new AdminSession(factory);
        var token = await session.FormTokenAsync("/admin/signin");

        var response = await session.Client.PostAsync("/admin/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = AdminAppFactory.Token,
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AdminAuth.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/admin", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task SignIn_WrongToken_Is401AndSetsNoCookie()
    {
        using var factory = new AdminAppFactory();
        using var session = new AdminSession(factory);
        var token = await session.FormTokenAsync("/admin/signin");

        var response = await session.Client.PostAsync("/admin/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = "not-the-token-0123456789",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("That token is not valid", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(AdminAuth.CookieName + "=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.Client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Token_FromGeoaiAdminTokenVariable_TurnsAdminOn()
    {
        using var factory = new AdminAppFactory(token: null);
        using var configured = factory.WithWebHostBuilder(b => b.UseSetting("GEOAI_ADMIN_TOKEN", "Gh2-kN7q-Zt5b-Pw9e-Ls3d"));
        using var client = configured.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/admin")).StatusCode);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "Gh2-kN7q-Zt5b-Pw9e-Ls3d");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Cookie_AfterTokenChanged_NoLongerGrantsAccess()
    {
        string cookie;
        using (var before = new AdminAppFactory())
        using (var session = new AdminSession(before))
        {
            cookie = (await session.SignInCookieAsync()).Split(';')[0];
            Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/admin")).StatusCode);
        }

        // (A restart alone signs everyone out too, since sessions live in memory: AdminSessionTests. The token's
        // fingerprint in the session keeps this true should sessions ever outlive the process.)
        using var after = new AdminAppFactory(token: "Wd3-pL8s-Jf6n-Xy1c-Vm4r");
        using var client = Client(after);
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("secret-token-123", "secret-token-123", true)]
    [InlineData("secret-token-123", "secret-token-124", false)]
    [InlineData("secret-token-12", "secret-token-123", false)]
    [InlineData("", "secret-token-123", false)]
    [InlineData(null, "secret-token-123", false)]
    [InlineData("secret-token-123", null, false)]
    public void Matches_PresentedToken_ComparesWholeValue(string? presented, string? configured, bool expected) =>
        Assert.Equal(expected, AdminToken.Matches(presented, configured));

    [Fact]
    public void Start_TokenTooShort_Refuses()
    {
        using var factory = new AdminAppFactory(token: "short");

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("at least 16 characters", ex.ToString(), StringComparison.Ordinal);
    }
}
