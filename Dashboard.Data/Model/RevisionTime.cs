using System.Globalization;

namespace Dashboard.Data.Model;

/// <summary>
/// How the revision history writes times: UTC with seven decimals and a Z (<c>2026-11-14T06:00:00.0000000Z</c>), so
/// text order is time order and a day compares as its start.
/// </summary>
public static class RevisionTime
{
    public static string Text(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
