using System.Security.Cryptography;

namespace Dashboard.Data.Import;

/// <summary>
/// A read-only pass-through stream that feeds every byte read to a hash, so a file is hashed while it is parsed
/// instead of in a pass of its own. Disposing it reads (and hashes) whatever was left, so the hash always covers
/// the whole file.
/// </summary>
internal sealed class HashingReadStream : Stream
{
    private readonly Stream _inner;
    private readonly IncrementalHash _hash;
    private bool _disposed;

    public HashingReadStream(Stream inner, IncrementalHash hash)
    {
        _inner = inner;
        _hash = hash;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _inner.Length;

    public override long Position
    {
        get => _inner.Position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = _inner.Read(buffer);
        _hash.AppendData(buffer[..n]);
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            var rest = new byte[1 << 16];
            while (Read(rest) > 0)
            {
            }

            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
