using System.Globalization;
using Dashboard.Data.Feeds;
using Dashboard.Data.Model;

namespace Dashboard.Web.Pages.Display;

/// <summary>
/// An indicator's feeds and latest revisions, for its page: "last refreshed …; last attempt failed: …" and
/// "Revised 2026-11-14: Kazakhstan 2022: 92.3 → 92.5 %", with the links to every change (API, Atom, CSV).
/// </summary>
public sealed record RevisionList(string IndicatorId, string Unit, IndicatorHistory History, Func<string, string> EntityName)
{
    /// <summary>Revisions shown on the page (the Atom feed and the API have more).</summary>
    public const int Shown = 10;

    /// <summary>Changes spelled out per revision.</summary>
    public const int ChangesShown = 12;

    public bool IsEmpty => History.Feeds.Count == 0 && History.Revisions.Count == 0;

    public string Id => Uri.EscapeDataString(IndicatorId);

    /// <summary>"2026-11-14 06:00 UTC" from a stored time.</summary>
    public static string Time(string? stored) =>
        stored is not null && DateTimeOffset.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)
            ? t.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)
            : "never";

    public static string Kind(FeedStatus feed) => FeedKinds.TryParse(feed.Kind, out var kind) ? FeedKinds.Describe(kind) : feed.Kind;

    /// <summary>The day before a revision, in <c>asof</c> form: the chart as published before it.</summary>
    public static string DayBefore(Revision revision) =>
        DateOnly.TryParseExact(revision.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : revision.Day;
}
