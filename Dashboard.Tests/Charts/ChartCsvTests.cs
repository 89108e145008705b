using System.Globalization;
using System.Text;
using CsvHelper;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Files;

namespace Dashboard.Tests.Charts;

public sealed class ChartCsvTests
{
    [Fact]
    public async Task WriteAsync_Table_BomHeaderAndNeutralisedTextButNumericNumbers()
    {
        var table = new ChartRows(
            ["entity", "value", "note"],
            [
                ["CHN", -5.0, "=cmd()"],
                ["RUS", 1.5, "+1"],
                ["USA", 1e-7, "@SUM(A1)"],
                ["KAZ", 3.0, "\tx"],
                ["KGZ", 2.0, "-2"],
                ["TJK", 0.1, "plain, with comma \"quoted\""],
            ]);

        using var output = new MemoryStream();
        await ChartCsv.WriteAsync(table, output, CancellationToken.None);
        var bytes = output.ToArray();

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var reader = new CsvReader(new StreamReader(new MemoryStream(bytes), Encoding.UTF8), CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(6, rows.Count);
        Assert.Equal("-5", rows[0]["value"]);
        Assert.Equal(-5, double.Parse((string)rows[0]["value"], CultureInfo.InvariantCulture));
        Assert.Equal("'=cmd()", rows[0]["note"]);
        Assert.Equal("'+1", rows[1]["note"]);
        Assert.Equal("'@SUM(A1)", rows[2]["note"]);
        Assert.Equal(1e-7, double.Parse((string)rows[2]["value"], CultureInfo.InvariantCulture));
        Assert.Equal("'\tx", rows[3]["note"]);
        Assert.Equal("'-2", rows[4]["note"]);
        Assert.Equal("plain, with comma \"quoted\"", rows[5]["note"]);
    }

    [Fact]
    public async Task WriteAsync_ManyRowsToAsyncOnlyStream_WritesAsItReadsWithoutSynchronousWrites()
    {
        // An HTTP response body refuses synchronous writes; the rows are made one at a time while the CSV is written.
        var made = 0;
        var bytesWhenLastRowWasMade = 0L;
        using var output = new AsyncOnlyStream();
        IEnumerable<IReadOnlyList<object?>> Rows()
        {
            for (var i = 0; i < 20_000; i++)
            {
                made++;
                bytesWhenLastRowWasMade = output.Length;
                yield return ["KAZ", (double)i, "-note " + i.ToString(CultureInfo.InvariantCulture)];
            }
        }

        await ChartCsv.WriteAsync(new ChartRows(["entity", "value", "note"], Rows()), output, CancellationToken.None);

        Assert.Equal(20_000, made);
        Assert.True(bytesWhenLastRowWasMade > 100_000, $"only {bytesWhenLastRowWasMade} bytes were written before the last row was made");
        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.StartsWith("\uFEFFentity,value,note\r\nKAZ,0,'-note 0\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("KAZ,19999,'-note 19999\r\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("\rx", "'\rx")]
    [InlineData("normal", "normal")]
    [InlineData("", "")]
    public void Neutralise_LeadingFormulaCharacters_Prefixed(string input, string expected)
    {
        Assert.Equal(expected, ChartCsv.Neutralise(input));
    }

    /// <summary>A memory stream that, like Kestrel's response body, throws on synchronous writes and flushes.</summary>
    private sealed class AsyncOnlyStream : Stream
    {
        private readonly MemoryStream _inner = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _inner.Length;

        public override long Position { get => _inner.Position; set => throw new NotSupportedException(); }

        public byte[] ToArray() => _inner.ToArray();

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous write");

        public override void Flush() => throw new InvalidOperationException("synchronous flush");

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _inner.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
