using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Dashboard.Data.Import.Store;

/// <summary>
/// A statement prepared on a connection's native handle, for bulk writes. Bindings survive a reset, and neighbouring
/// rows share most values, so a value equal to the one already bound is not bound again (one native call saved).
/// </summary>
internal sealed class NativeStatement : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;
    private readonly Bound[] _kinds;
    private string? _lastError;
    private readonly string?[] _texts;
    private readonly int[] _integers;

    public NativeStatement(SqliteConnection connection, string sql)
    {
        _connection = connection;
        Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out _statement));
        var count = raw.sqlite3_bind_parameter_count(_statement) + 1;
        _kinds = new Bound[count];
        _texts = new string?[count];
        _integers = new int[count];
    }

    private enum Bound : byte
    {
        Unknown,
        Null,
        Text,
        Integer,
    }

    /// <summary>Binds a text or null; returns true when the value differs from the one bound at this index before.</summary>
    public bool Text(int index, string? value)
    {
        if (value is null)
        {
            if (_kinds[index] == Bound.Null)
            {
                return false;
            }

            raw.sqlite3_bind_null(_statement, index);
            _kinds[index] = Bound.Null;
            _texts[index] = null;
            return true;
        }

        if (_kinds[index] == Bound.Text && string.Equals(_texts[index], value, StringComparison.Ordinal))
        {
            return false;
        }

        raw.sqlite3_bind_text16(_statement, index, value.AsSpan());
        _kinds[index] = Bound.Text;
        _texts[index] = value;
        return true;
    }

    public void Integer(int index, int value)
    {
        if (_kinds[index] == Bound.Integer && _integers[index] == value)
        {
            return;
        }

        raw.sqlite3_bind_int(_statement, index, value);
        _kinds[index] = Bound.Integer;
        _integers[index] = value;
    }

    public void Real(int index, double value) => raw.sqlite3_bind_double(_statement, index, value);

    /// <summary>Runs the statement once and resets it; returns SQLite's result code (DONE on success).</summary>
    public int Step()
    {
        var rc = raw.sqlite3_step(_statement);
        // Keep the message now: the reset, or any later statement on the connection, replaces it.
        _lastError = rc == raw.SQLITE_DONE ? null : raw.sqlite3_errmsg(_connection.Handle).utf8_to_string();
        raw.sqlite3_reset(_statement);
        return rc;
    }

    /// <summary>Throws unless <paramref name="rc"/> is OK or DONE, with the message of the last failed <see cref="Step"/>.</summary>
    public void Check(int rc)
    {
        if (rc != raw.SQLITE_OK && rc != raw.SQLITE_DONE)
        {
            throw new SqliteException(_lastError ?? raw.sqlite3_errmsg(_connection.Handle).utf8_to_string(), rc);
        }
    }

    public void Dispose() => _statement.Dispose();
}
