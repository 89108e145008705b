using System.Text.Json;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Import.Tables;

namespace Dashboard.Data.Import;

/// <summary>What <see cref="ImportEngine"/> does with one file.</summary>
public sealed record FileImportOptions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    /// <summary>Dataset id to store the file as (a slug).</summary>
    public required string DatasetId { get; init; }

    /// <summary>The file's name as the user knows it; errors name it.</summary>
    public required string FileName { get; init; }

    /// <summary>Source to cite for formats without a source column; null lets the reader use the file's own.</summary>
    public string? SourceId { get; init; }

    /// <summary>Only report errors and the diff; change nothing (and take no write lock).</summary>
    public bool DryRun { get; init; }

    /// <summary>Extra name/code → entity code mappings for the reader (see <see cref="Formats.ReaderContext.EntityMap"/>).</summary>
    public IReadOnlyDictionary<string, string> EntityMap { get; init; } = new Dictionary<string, string>();

    /// <summary>Encoding, delimiter, decimal separator or sheet the user gave instead of detection.</summary>
    public DialectOptions Dialect { get; init; } = DialectOptions.Detect;

    /// <summary>How much of an .xlsx may be read (sheet bytes, cells); the default unless the app configures it.</summary>
    public XlsxBudget XlsxBudget { get; init; } = XlsxBudget.Default;

    /// <summary>The indicator a generic country table holds (the user names it); null for formats that define their own.</summary>
    public TableIndicator? Indicator { get; init; }

    /// <summary>The series to import from a file that holds several (their codes or names); null: every series.</summary>
    public IReadOnlyList<string>? Series { get; init; }

    /// <summary>The column countries are read from, when the user chose it.</summary>
    public string? CountryColumn { get; init; }

    /// <summary>
    /// A source the user names at import (citation, URL, licence), for a file from a portal the store does not know:
    /// defined with the dataset (and removed with it when nothing else cites it). Its id is <see cref="SourceId"/>, or
    /// a slug of the citation.
    /// </summary>
    public Model.Source? NewSource { get; init; }

    /// <summary>
    /// What the revision history records (a feed's refresh gives its own); null: an upload at the current time, which
    /// continues the history of a dataset that has one.
    /// </summary>
    public RevisionStamp? Revision { get; init; }

    /// <summary>What a source's own metadata says about value columns (name, unit), by column header (OWID's metadata JSON).</summary>
    public IReadOnlyDictionary<string, TableIndicator>? Columns { get; init; }

    /// <summary>How long a real import waits for another writer; null: <see cref="Store.StoreLock.DefaultWait"/>.</summary>
    public TimeSpan? MaxWait { get; init; }

    /// <summary>Told how long it has waited while another writer holds the store.</summary>
    public Action<TimeSpan>? Waiting { get; init; }

    /// <summary>How the file is read, as kept with an upload (null when everything is detected).</summary>
    public string? ToJson() => Dialect.IsEmpty && Indicator is null && Series is null && CountryColumn is null && NewSource is null && Columns is null
        ? null
        : JsonSerializer.Serialize(new Kept(Dialect, Indicator, Series, CountryColumn, NewSource, Columns), Json);

    /// <summary>These options with the reading options kept with an upload.</summary>
    public FileImportOptions WithKept(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return this;
        }

        var kept = JsonSerializer.Deserialize<Kept>(json, Json);
        return this with
        {
            Dialect = kept?.Dialect ?? DialectOptions.Detect,
            Indicator = kept?.Indicator,
            Series = kept?.Series,
            CountryColumn = kept?.CountryColumn,
            NewSource = kept?.NewSource,
            Columns = kept?.Columns,
        };
    }

    /// <summary>A source from what the user typed: the id given, or a slug of the citation's first words.</summary>
    public static Model.Source NameSource(string? id, string citation, string? url, string? licence) => new()
    {
        Id = id ?? Formats.ReaderSupport.Slug(citation, 48),
        Citation = citation.Trim(),
        Url = string.IsNullOrWhiteSpace(url) ? null : url.Trim(),
        Licence = string.IsNullOrWhiteSpace(licence) ? null : licence.Trim(),
    };

    private sealed record Kept(DialectOptions? Dialect, TableIndicator? Indicator, IReadOnlyList<string>? Series, string? CountryColumn, Model.Source? NewSource,
        IReadOnlyDictionary<string, TableIndicator>? Columns);
}
