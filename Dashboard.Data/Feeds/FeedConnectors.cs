namespace Dashboard.Data.Feeds;

/// <summary>The connector of every feed kind.</summary>
public static class FeedConnectors
{
    public static IReadOnlyList<IFeedConnector> All { get; } = [new WorldBankApiConnector(), new FileConnector(), new ImfDataMapperConnector()];
}
