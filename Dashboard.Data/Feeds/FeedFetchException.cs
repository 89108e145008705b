namespace Dashboard.Data.Feeds;

/// <summary>A fetch that cannot give a file to import, with the reason in words an admin can act on.</summary>
public sealed class FeedFetchException : Exception
{
    public FeedFetchException()
    {
    }

    public FeedFetchException(string message)
        : base(message)
    {
    }

    public FeedFetchException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
