using System.Globalization;
using System.Text.Json;
using Dashboard.Data.Import;

namespace Dashboard.Data.Geo;

/// <summary>Errors of one GeoJSON file, placed by line and column from byte offsets.</summary>
internal sealed class GeoJsonLocation(string display, ReadOnlySpan<byte> utf8)
{
    private readonly int[] _lineStarts = LineStarts(utf8);

    public ErrorList Errors { get; } = new();

    public int LineOf(long offset)
    {
        var index = Array.BinarySearch(_lineStarts, (int)offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    public void Error(long offset, string? member, string rule)
    {
        var line = LineOf(offset);
        var column = (offset - _lineStarts[line - 1] + 1).ToString(CultureInfo.InvariantCulture);
        Errors.Add(ImportError.At(display, line, column, null, member is null ? rule : member + ": " + rule));
    }

    public string? String(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        Error(reader.TokenStartIndex, member, "must be a string");
        reader.Skip();
        return null;
    }

    private static int[] LineStarts(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
