using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// What a reader produced from one file: the observations, plus any indicators, entities and sources the file itself
/// defines (e.g. an OWID value column becomes an indicator). Nothing here is stored until an importer applies it.
/// </summary>
public sealed class DatasetContent : IDisposable
{
    public required string Format { get; init; }

    /// <summary>The source edition the values come from ("data generated 3 Jan 2025", "list 2019-11", "IDS 2025").</summary>
    public string? Edition { get; set; }

    public List<Indicator> Indicators { get; } = [];

    public List<Entity> Entities { get; } = [];

    public List<Source> Sources { get; } = [];

    /// <summary>The rows read, in file order; beyond a few thousand they wait on disk (bounded memory).</summary>
    public ObservationSpool Observations { get; } = new();

    /// <summary>
    /// Information for the user that is not an error, e.g. "skipped 412 rows of 23 aggregates without a country code"
    /// or "38 rows had no TIV value (unknown) and were left out".
    /// </summary>
    public List<string> Notes { get; } = [];

    public void Dispose() => Observations.Dispose();
}
