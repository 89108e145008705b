using System.Security.Claims;
using Dashboard.Data;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Queries;
using Dashboard.Web.Admin;
using Dashboard.Web.Endpoints;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Setup;

/// <summary>
/// Admin area: token authentication (Bearer header or a sign-in cookie), the upload → dry run → confirm flow, and the
/// dataset list. Without a configured token every admin URL but <c>/admin</c> (which says so) is 404. With a token, a
/// request without a valid one gets 401; a client that sent several wrong tokens gets 429 for a while
/// (<see cref="SignInThrottle"/>). Sign-in sessions are kept on the server (<see cref="AdminSessionStore"/>).
/// </summary>
public static class AdminSetup
{
    public static WebApplicationBuilder AddAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdminOptions>()
            .BindConfiguration(AdminOptions.Section)
            .PostConfigure<IConfiguration>((options, configuration) =>
            {
                if (string.IsNullOrEmpty(options.Token))
                {
                    options.Token = configuration[AdminOptions.TokenEnvironmentVariable];
                }
            })
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddSingleton<AdminSessionStore>();

        builder.Services.AddAuthentication(AdminAuth.Scheme)
            .AddPolicyScheme(AdminAuth.Scheme, "Admin token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.Count > 0 ? AdminAuth.BearerScheme : AdminAuth.CookieScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(AdminAuth.BearerScheme, null)
            .AddCookie(AdminAuth.CookieScheme, o =>
            {
                o.Cookie.Name = AdminAuth.CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.Cookie.Path = "/admin";
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = AdminChallenge.WriteAsync;
                o.Events.OnRedirectToAccessDenied = AdminChallenge.WriteAsync;
                o.Events.OnValidatePrincipal = ValidateFingerprintAsync;
            });
        builder.Services.AddOptions<CookieAuthenticationOptions>(AdminAuth.CookieScheme)
            .Configure<IOptions<AdminOptions>, AdminSessionStore>((cookie, admin, sessions) =>
            {
                cookie.ExpireTimeSpan = TimeSpan.FromHours(admin.Value.SessionHours);

                // The cookie holds only a key into the server's sessions, so signing out ends every copy of it.
                cookie.SessionStore = sessions;
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AdminAuth.Policy, p => p.AddAuthenticationSchemes(AdminAuth.Scheme).RequireAuthenticatedUser());

        // Authorization is decided for the whole /Admin folder before any page handler runs (a handler that forgets
        // a check, or a method without a handler, cannot show admin content). Only the sign-in page is public, and,
        // with admin off, the page that says so (every other admin URL is then 404, see MapAdmin).
        // PostConfigure: AddRazorPages's own setup replaces the convention list, and it is registered after this.
        builder.Services.AddOptions<RazorPagesOptions>().PostConfigure<IOptions<AdminOptions>>((pages, admin) =>
        {
            pages.Conventions.AuthorizeFolder("/Admin", AdminAuth.Policy);
            pages.Conventions.AllowAnonymousToPage("/Admin/SignIn");
            if (!admin.Value.Enabled)
            {
                pages.Conventions.AllowAnonymousToPage("/Admin/Index");
            }
        });

        builder.Services.AddSingleton<UploadQueries>();
        builder.Services.AddSingleton(sp => new UploadJobs(
            sp.GetRequiredService<Database>(), DatasetReaders.All, sp.GetRequiredService<ILogger<UploadJobs>>(),
            sp.GetRequiredService<IHostApplicationLifetime>(), sp.GetRequiredService<IOptions<AdminOptions>>().Value.XlsxBudget));
        return builder;
    }

    /// <summary>After routing: with admin off, nothing under /admin answers but the page that says so; then authentication and authorization.</summary>
    public static WebApplication UseAdmin(this WebApplication app)
    {
        // Admin off: nothing under /admin exists except the page (GET, HEAD) that says so.
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            var method = context.Request.Method;
            if (path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase) &&
                !context.RequestServices.GetRequiredService<IOptions<AdminOptions>>().Value.Enabled &&
                !((HttpMethods.IsGet(method) || HttpMethods.IsHead(method)) && path.Value is "/admin" or "/admin/" or "/Admin" or "/Admin/"))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                if (!HttpMethods.IsGet(method))
                {
                    // Status-code pages would re-execute a POST into a form handler (and its antiforgery check).
                    context.Response.ContentType = "text/plain; charset=utf-8";
                    await context.Response.WriteAsync("404: admin features are off on this server.\n");
                }

                return;
            }

            await next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>The admin endpoints besides the pages: an upload's progress as JSON.</summary>
    public static WebApplication MapAdmin(this WebApplication app)
    {
        app.MapGetAndHead("/admin/uploads/{id}/status", AdminStatusEndpoint.Get)
            .RequireAuthorization(AdminAuth.Policy)
            .ExcludeFromDescription();
        return app;
    }

    private static Task ValidateFingerprintAsync(CookieValidatePrincipalContext context)
    {
        var admin = context.HttpContext.RequestServices.GetRequiredService<IOptions<AdminOptions>>().Value;
        var fingerprint = context.Principal?.FindFirstValue(AdminAuth.FingerprintClaim);
        if (!admin.Enabled || fingerprint != AdminToken.Fingerprint(admin.Token!))
        {
            // The token was changed or removed since this session began. (Sessions live in memory and a token change
            // needs a restart, so this holds anyway; the check keeps it true should sessions ever outlive the process.)
            context.RejectPrincipal();
        }

        return Task.CompletedTask;
    }
}
