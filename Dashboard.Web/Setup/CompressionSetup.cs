using System.IO.Compression;
using Dashboard.Web.Caching;
using Microsoft.AspNetCore.ResponseCompression;

namespace Dashboard.Web.Setup;

/// <summary>
/// HTTP compression of dynamic text — pages (HTML), JSON (API, points.json, problems), CSV and SVG — with Brotli or
/// gzip as the client accepts (ASP.NET Core response compression). PNG, ZIP and PPTX are already compressed and are
/// not in the list. Static files are served precompressed by <c>MapStaticAssets</c> (<see cref="PageSetup"/>).
/// Nothing under <c>/admin</c> is compressed: those pages echo the antiforgery token and upload details, and a
/// compressed page that reflects request text beside a secret leaks it by size (BREACH).
/// </summary>
public static class CompressionSetup
{
    /// <summary>The text types compressed: what the site serves as text (and the browser's own).</summary>
    public static readonly string[] MimeTypes =
    [
        "text/html", "text/plain", "text/css", "text/csv", "text/javascript", "application/javascript",
        "application/json", "application/problem+json", "image/svg+xml", "text/markdown",
    ];

    public static WebApplicationBuilder AddCompression(this WebApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(o =>
        {
            // Public pages echo no secret (no tokens, no cookies' values), so HTTPS is compressed too; /admin is left out below.
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = MimeTypes;
        });

        // Brotli's fastest level already gives most of the gain on this HTML; pages are compressed per answer (the output
        // cache keeps them uncompressed), so the cheap levels keep a cached page cheap (docs/PERFORMANCE.md, "Page weight").
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return builder;
    }

    /// <summary>Before the pages, static files, caching and endpoints, so every text answer but /admin can be compressed.</summary>
    public static WebApplication UseCompression(this WebApplication app)
    {
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase), branch =>
        {
            branch.UseMiddleware<EncodedETags>();
            branch.UseResponseCompression();
        });
        return app;
    }
}
