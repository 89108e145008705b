using System.Collections;
using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// The observations a reader produced, in the order it produced them. The first <see cref="InMemoryRows"/> stay in
/// memory; beyond that every row is written to a temporary file (deleted when the spool is disposed or collected),
/// so a file of millions of values is read, checked and imported with bounded memory. Enumerating reads the rows back
/// in order, as often as needed.
/// </summary>
public sealed class ObservationSpool : IEnumerable<ParsedObservation>, IDisposable
{
    /// <summary>Rows kept in memory before the spool spills to disk (a few tens of MB at most).</summary>
    public const int InMemoryRows = 20_000;

    private readonly List<ParsedObservation> _memory = [];
    private readonly int _inMemoryRows;
    private FileStream? _file;
    private BinaryWriter? _writer;
    private long _spilled;

    public ObservationSpool(int inMemoryRows = InMemoryRows) => _inMemoryRows = inMemoryRows;

    public long Count => _spilled + _memory.Count;

    /// <summary>Whether rows went to disk (tests and diagnostics).</summary>
    public bool Spilled => _file is not null;

    public void Add(ParsedObservation row)
    {
        if (_memory.Count < _inMemoryRows && _file is null)
        {
            _memory.Add(row);
            return;
        }

        if (_file is null)
        {
            _file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
            _writer = new BinaryWriter(_file, System.Text.Encoding.UTF8, leaveOpen: true);
            foreach (var kept in _memory)
            {
                Write(_writer, kept);
            }

            _spilled = _memory.Count;
            _memory.Clear();
        }

        Write(_writer!, row);
        _spilled++;
    }

    public IEnumerator<ParsedObservation> GetEnumerator()
    {
        if (_file is not null)
        {
            _writer!.Flush();
            var end = _file.Position;
            _file.Position = 0;
            using var reader = new BinaryReader(new ReadOnlyWindow(_file, end), System.Text.Encoding.UTF8, leaveOpen: true);
            for (long i = 0; i < _spilled; i++)
            {
                yield return Read(reader);
            }

            _file.Position = end;
        }

        foreach (var row in _memory)
        {
            yield return row;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Dispose()
    {
        _writer?.Dispose();
        _file?.Dispose();
        _file = null;
        _writer = null;
        _memory.Clear();
        _spilled = 0;
    }

    private static void Write(BinaryWriter w, ParsedObservation row)
    {
        var o = row.Observation;
        w.Write(o.IndicatorId);
        w.Write(o.EntityCode);
        Nullable(w, o.CounterpartCode);
        w.Write(o.Period);
        Nullable(w, o.PeriodAsStated);
        w.Write(o.Value);
        w.Write(o.SourceId);
        w.Write(o.Locator);
        w.Write(o.Basis);
        Nullable(w, o.DerivedFrom);
        Nullable(w, o.Note);
        w.Write(row.Line);
    }

    private static ParsedObservation Read(BinaryReader r)
    {
        var o = new Observation
        {
            IndicatorId = r.ReadString(),
            EntityCode = r.ReadString(),
            CounterpartCode = Nullable(r),
            Period = r.ReadString(),
            PeriodAsStated = Nullable(r),
            Value = r.ReadDouble(),
            SourceId = r.ReadString(),
            Locator = r.ReadString(),
            Basis = r.ReadString(),
            DerivedFrom = Nullable(r),
            Note = Nullable(r),
        };
        return new ParsedObservation(o, Model.Period.Parse(o.Period), r.ReadInt32());
    }

    private static void Nullable(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    private static string? Nullable(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    /// <summary>Reads a file up to a fixed end without closing it, so rows added later are not read by an enumeration already running.</summary>
    private sealed class ReadOnlyWindow(Stream inner, long end) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => end;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, (int)Math.Min(count, Math.Max(0, end - inner.Position)));
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
