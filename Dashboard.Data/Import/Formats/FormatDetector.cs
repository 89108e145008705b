using System.Text;

namespace Dashboard.Data.Import.Formats;

/// <summary>Picks the reader whose shape fits a file; names every format tried when none does.</summary>
public static class FormatDetector
{
    public const int PeekLines = 20;

    /// <summary>The first lines of a stream (UTF-8, BOM stripped); the stream is rewound.</summary>
    public static IReadOnlyList<string> Peek(Stream stream)
    {
        stream.Position = 0;
        var lines = new List<string>();
        using (var reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true))
        {
            string? line;
            while (lines.Count < PeekLines && (line = reader.ReadLine()) is not null)
            {
                lines.Add(line);
            }
        }

        stream.Position = 0;
        return lines;
    }

    /// <summary>Returns the first reader that matches, or null with an error naming the formats tried.</summary>
    public static IDatasetReader? Detect(Stream stream, string displayName, IReadOnlyList<IDatasetReader> readers, ErrorList errors)
    {
        var lines = Peek(stream);
        foreach (var reader in readers)
        {
            if (reader.Matches(lines))
            {
                return reader;
            }
        }

        errors.Add(ImportError.At(displayName, 1, null, null,
            "does not have the shape of any supported format (tried: " + string.Join("; ", readers.Select(r => r.FormatName)) + ")"));
        return null;
    }
}
