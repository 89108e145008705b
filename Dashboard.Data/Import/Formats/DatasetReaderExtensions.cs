using Dashboard.Data.Import.Tables;

namespace Dashboard.Data.Import.Formats;

/// <summary>Reading a file straight from its bytes, its dialect detected (what the engine does before it picks a reader).</summary>
public static class DatasetReaderExtensions
{
    public static DatasetContent Read(this IDatasetReader reader, Stream stream, string displayName, ReaderContext context, ErrorList errors) =>
        TableSources.Open(stream, displayName, DialectOptions.Detect, errors) is { } table
            ? reader.Read(table, context, errors)
            : new DatasetContent { Format = reader.FormatName };
}
