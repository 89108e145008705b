using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Import.Store;

/// <summary>
/// Takes the store's write lock (SQLite's single writer) for a transaction, waiting while another writer — an import,
/// a removal, the web app's upload — holds it: every second it tries again and tells <c>waiting</c> how long it has
/// waited; after <c>maxWait</c> it gives up with <see cref="StoreBusyException"/>. Readers never need it (WAL).
/// </summary>
public static class StoreLock
{
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(30);

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static SqliteTransaction BeginWrite(SqliteConnection connection, TimeSpan? maxWait = null, Action<TimeSpan>? waiting = null)
    {
        var limit = maxWait ?? DefaultWait;
        var started = Stopwatch.GetTimestamp();
        var timeout = connection.DefaultTimeout;
        connection.DefaultTimeout = 1;
        try
        {
            while (true)
            {
                try
                {
                    return connection.BeginTransaction(deferred: false);
                }
                catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteBusy or SqliteLocked)
                {
                    var waited = Stopwatch.GetElapsedTime(started);
                    if (waited >= limit)
                    {
                        throw new StoreBusyException(waited, ex);
                    }

                    waiting?.Invoke(waited);
                }
            }
        }
        finally
        {
            connection.DefaultTimeout = timeout;
        }
    }
}
