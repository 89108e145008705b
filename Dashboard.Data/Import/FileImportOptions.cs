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

    /// <summary>How long a real import waits for another writer; null: <see cref="Store.StoreLock.DefaultWait"/>.</summary>
    public TimeSpan? MaxWait { get; init; }

    /// <summary>Told how long it has waited while another writer holds the store.</summary>
    public Action<TimeSpan>? Waiting { get; init; }

    /// <summary>How the file is read, as kept with an upload (null when everything is detected).</summary>
    public string? ToJson() => Dialect.IsEmpty && Indicator is null ? null : JsonSerializer.Serialize(new Kept(Dialect, Indicator), Json);

    /// <summary>These options with the reading options kept with an upload.</summary>
    public FileImportOptions WithKept(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return this;
        }

        var kept = JsonSerializer.Deserialize<Kept>(json, Json);
        return this with { Dialect = kept?.Dialect ?? DialectOptions.Detect, Indicator = kept?.Indicator };
    }

    private sealed record Kept(DialectOptions? Dialect, TableIndicator? Indicator);
}
