using Dashboard.Data.Import.Formats;
using Dashboard.Data.Model;

namespace Dashboard.Data.Feeds;

/// <summary>
/// What a connector fetched, as one file for <see cref="Import.ImportEngine"/> (the API connectors write the answer in
/// the portal's own download layout, so the same readers and checks apply), with what the source's metadata says:
/// the edition, the validators for the next conditional request, and names, units and the citation where the file
/// itself does not say them.
/// </summary>
public sealed record FetchedFile
{
    public required byte[] Content { get; init; }

    /// <summary>The file's name: errors and locators name it.</summary>
    public required string FileName { get; init; }

    public string? Edition { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>The indicator of a table that does not name its own (IMF), from the API's metadata.</summary>
    public TableIndicator? Indicator { get; init; }

    /// <summary>Names and units of value columns, by header (OWID's metadata JSON).</summary>
    public IReadOnlyDictionary<string, TableIndicator>? Columns { get; init; }

    /// <summary>What the connector left out or assumed, for the attempt's record (the reader's own notes come with the import).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The source to define and cite when the feed names none (from the metadata's citation).</summary>
    public Source? NewSource { get; init; }
}
