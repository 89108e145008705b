namespace Dashboard.Web.Localization;

/// <summary>
/// The language in the URL: <c>/ru/compare</c> is the page <c>/compare</c> in Russian. The prefix moves to
/// <c>PathBase</c>, so every link the pages write with <c>~/</c> or the URL helpers keeps it, and the output cache keys
/// each language apart. The JSON API, admin and health endpoints have no language (<c>/ru/api/…</c> is a 404).
/// </summary>
public sealed class CulturePrefix(RequestDelegate next)
{
    private const string ItemKey = "Dashboard.Web.Localization.CulturePrefix";

    private static readonly string[] Unlocalized = ["/api", "/openapi", "/admin", "/healthz", "/culture"];

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        foreach (var culture in Language.Cultures)
        {
            if (culture == CldrCultures.English)
            {
                continue;
            }

            var prefix = "/" + culture;
            if (!path.StartsWith(prefix, StringComparison.Ordinal) || (path.Length > prefix.Length && path[prefix.Length] != '/'))
            {
                continue;
            }

            var rest = path.Length == prefix.Length ? "/" : path[prefix.Length..];
            if (!IsUnlocalized(rest))
            {
                context.Request.PathBase = context.Request.PathBase.Add(prefix);
                context.Request.Path = rest;
                context.Items[ItemKey] = culture;
            }

            break;
        }

        return next(context);
    }

    /// <summary>The culture named by the URL's prefix, or null.</summary>
    public static string? Of(HttpContext context) => context.Items.TryGetValue(ItemKey, out var c) ? c as string : null;

    /// <summary>True for paths that never carry a language (API, admin, health, the language switch).</summary>
    public static bool IsUnlocalized(string path) =>
        Unlocalized.Any(u => path.Equals(u, StringComparison.OrdinalIgnoreCase) || path.StartsWith(u + "/", StringComparison.OrdinalIgnoreCase));
}
