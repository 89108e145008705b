using Dashboard.Data;

namespace Dashboard.Web.Caching;

/// <summary>
/// The store's data version, read once per request (one indexed SQLite read) and kept for the rest of it. Read on
/// every request rather than remembered, so an import by another process (the CLI) changes ETags, versioned URLs and
/// the page cache keys at once.
/// </summary>
public static class RequestDataVersion
{
    private static readonly object Key = new();

    public static string Get(HttpContext context)
    {
        if (context.Items.TryGetValue(Key, out var known) && known is string version)
        {
            return version;
        }

        version = context.RequestServices.GetRequiredService<Database>().GetDataVersion();
        context.Items[Key] = version;
        return version;
    }
}
