using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Dashboard.Web.Admin;

/// <summary>
/// Answers an admin URL requested without a valid token: 401 (never a redirect, so scripts see the real status), with a
/// short page linking to the sign-in form for people.
/// </summary>
public static class AdminChallenge
{
    public static async Task WriteAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = "Bearer realm=\"geoai-admin\"";
        response.ContentType = "text/html; charset=utf-8";
        var back = context.Request.Path + context.Request.QueryString;
        var signIn = "/admin/signin?returnUrl=" + UrlEncoder.Default.Encode(back);
        await response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Sign in required · GeoAI Dashboard</title>
            <link rel="stylesheet" href="/css/site.css"><link rel="stylesheet" href="/css/admin.css"></head>
            <body><main id="main"><h1>Sign in required</h1>
            <p>This page is for administrators. <a href="{{HtmlEncoder.Default.Encode(signIn)}}">Sign in with the admin token</a>,
            or send it as <code>Authorization: Bearer &lt;token&gt;</code>.</p></main></body></html>
            """);
    }
}
