namespace Dashboard.Data.Feeds;

/// <summary>Which connector fetches a feed: the World Bank API v2, any CSV/xlsx URL, or the IMF DataMapper API.</summary>
public enum FeedKind
{
    WorldBank,
    File,
    Imf,
}
