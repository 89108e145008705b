using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Tests.Support;

/// <summary>A signed-in admin browser stand-in: cookies kept, forms read for their antiforgery token.</summary>
public sealed class AdminSession(WebApplicationFactory<Program> factory) : IDisposable
{
    public HttpClient Client { get; } = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public void Dispose() => Client.Dispose();

    public async Task SignInAsync(string token = AdminAppFactory.Token) =>
        Assert.Equal(HttpStatusCode.Redirect, (await PostSignInAsync(token)).StatusCode);

    /// <summary>Submits the sign-in form with <paramref name="token"/>; returns the answer (a redirect when accepted).</summary>
    public async Task<HttpResponseMessage> PostSignInAsync(string token)
    {
        var form = await FormTokenAsync("/admin/signin");
        return await Client.PostAsync("/admin/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token,
            ["__RequestVerificationToken"] = form,
        }));
    }

    /// <summary>Signs in and returns the session cookie as a "name=value" pair.</summary>
    public async Task<string> SignInCookieAsync()
    {
        var response = await PostSignInAsync(AdminAppFactory.Token);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(Dashboard.Web.Admin.AdminAuth.CookieName + "=", StringComparison.Ordinal));
    }

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public async Task<string> FormTokenAsync(string url)
    {
        var html = await Client.GetStringAsync(url);
        var doc = new HtmlParser().ParseDocument(html);
        return doc.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
               ?? throw new InvalidOperationException("no antiforgery token on " + url);
    }

    /// <summary>
    /// Uploads a file through the admin form with extra form <paramref name="fields"/>; returns the response (a
    /// redirect to the report page when accepted). With <c>fileNameStar</c> the name goes as RFC 5987 <c>filename*=</c>
    /// (any character, percent-encoded) instead of <c>filename=</c>.
    /// </summary>
    public async Task<HttpResponseMessage> UploadAsync(string fileName, byte[] content, string? datasetId = null, string? source = null, bool withToken = true,
        string? fileNameStar = null, IReadOnlyDictionary<string, string>? fields = null)
    {
        var multipart = new MultipartFormDataContent();
        if (withToken)
        {
            multipart.Add(new StringContent(await FormTokenAsync("/admin/upload")), "__RequestVerificationToken");
        }

        multipart.Add(new StringContent(datasetId ?? ""), "dataset");
        multipart.Add(new StringContent(source ?? ""), "source");
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            multipart.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        if (fileNameStar is null)
        {
            multipart.Add(file, "file", fileName);
        }
        else
        {
            file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileNameStar = fileNameStar };
            multipart.Add(file);
        }

        return await Client.PostAsync("/admin/upload", multipart);
    }

    /// <summary>Uploads, waits for the dry run, and returns the report page's HTML and URL.</summary>
    public async Task<(string Html, string Url)> UploadAndCheckAsync(string fileName, byte[] content, string? datasetId = null, string? source = null,
        string? fileNameStar = null, IReadOnlyDictionary<string, string>? fields = null)
    {
        var response = await UploadAsync(fileName, content, datasetId, source, fileNameStar: fileNameStar, fields: fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var url = response.Headers.Location!.OriginalString;
        return (await WaitUntilDoneAsync(url), url);
    }

    /// <summary>Confirms a checked upload and returns the applied report page.</summary>
    public async Task<string> ApplyAsync(string url)
    {
        var token = await FormTokenAsync(url);
        var response = await Client.PostAsync(url + "?handler=Apply", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await WaitUntilDoneAsync(url);
    }

    /// <summary>Waits (with a deadline) until the upload at <paramref name="url"/> is no longer running and returns its page.</summary>
    public async Task<string> WaitUntilDoneAsync(string url)
    {
        var id = url.Split('/')[^1];
        await Poll.UntilAsync(() => Client.GetStringAsync($"/admin/uploads/{id}/status"),
            status => status.Contains("\"running\":false", StringComparison.Ordinal), "upload " + id + " to finish");
        return await Client.GetStringAsync(url);
    }
}
