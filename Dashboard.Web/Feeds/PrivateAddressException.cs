namespace Dashboard.Web.Feeds;

/// <summary>A feed's host resolved to no public address: refused, never retried.</summary>
public sealed class PrivateAddressException : Exception
{
    public PrivateAddressException()
    {
    }

    public PrivateAddressException(string message)
        : base(message)
    {
    }

    public PrivateAddressException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
