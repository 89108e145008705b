namespace Dashboard.Data.Import;

/// <summary>A read-only wrapper that reports how many bytes of a file have been read (about every 1%, at least every 4 MB).</summary>
public sealed class ProgressStream : Stream
{
    private readonly Stream _inner;
    private readonly IProgress<ImportProgress>? _progress;
    private readonly long _length;
    private readonly long _step;
    private long _nextReport;

    public ProgressStream(Stream inner, IProgress<ImportProgress>? progress)
    {
        _inner = inner;
        _progress = progress;
        _length = inner.CanSeek ? inner.Length : 0;
        _step = Math.Clamp(_length / 100, 64 * 1024, 4 * 1024 * 1024);
        _nextReport = _step;
    }

    public override bool CanRead => true;

    public override bool CanSeek => _inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => _inner.Length;

    public override long Position
    {
        get => _inner.Position;
        set => _inner.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = _inner.Read(buffer, offset, count);
        Report(read);
        return read;
    }

    public override int Read(Span<byte> buffer)
    {
        var read = _inner.Read(buffer);
        Report(read);
        return read;
    }

    public override long Seek(long offset, SeekOrigin origin) => _inner.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void Report(int read)
    {
        if (_progress is null || !_inner.CanSeek)
        {
            return;
        }

        var position = _inner.Position;
        if (position >= _nextReport || (read == 0 && position == _length))
        {
            _nextReport = position + _step;
            _progress.Report(new ImportProgress(ImportProgress.Reading, position, _length));
        }
    }
}
