using System.Globalization;

namespace Dashboard.Data.Import.Store;

/// <summary>Another writer held the store's write lock for longer than the caller would wait; nothing was changed.</summary>
public sealed class StoreBusyException : Exception
{
    public StoreBusyException(TimeSpan waited, Exception inner)
        : base(string.Create(CultureInfo.InvariantCulture,
            $"the store is locked by another writer (an import, a removal or a rebuild) and stayed locked for {waited.TotalSeconds:0} s; nothing was changed: try again when it has finished"), inner)
    {
        Waited = waited;
    }

    public StoreBusyException()
    {
    }

    public StoreBusyException(string message)
        : base(message)
    {
    }

    public StoreBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TimeSpan Waited { get; }
}
