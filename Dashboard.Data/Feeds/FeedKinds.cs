namespace Dashboard.Data.Feeds;

/// <summary>The words a feed's kind is written as (store, command line, admin form): world-bank, file, imf.</summary>
public static class FeedKinds
{
    public static IReadOnlyList<FeedKind> All { get; } = [FeedKind.WorldBank, FeedKind.File, FeedKind.Imf];

    public static string Name(FeedKind kind) => kind switch
    {
        FeedKind.WorldBank => "world-bank",
        FeedKind.Imf => "imf",
        _ => "file",
    };

    /// <summary>What the kind reads, for people.</summary>
    public static string Describe(FeedKind kind) => kind switch
    {
        FeedKind.WorldBank => "World Bank API v2 (WDI, IDS)",
        FeedKind.Imf => "IMF DataMapper API",
        _ => "CSV or .xlsx file (OWID grapher downloads with their metadata)",
    };

    public static bool TryParse(string? text, out FeedKind kind)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Name(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = FeedKind.File;
        return false;
    }
}
