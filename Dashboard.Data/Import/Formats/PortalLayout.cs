using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// A data portal's documented download layout, as data: which header cells identify it, which columns hold the
/// country (code and name), the series (code, name, extra dimensions), the unit, the period and the value, and the
/// portal's own conventions (aggregate rows, footer lines, estimates, footnotes, thousands separators). One engine
/// (<see cref="PortalReader"/>) reads every layout, so every portal gets the same checks: countries that agree, series
/// chosen by code, no-data marks, percent cells, bounded memory.
/// </summary>
public sealed record PortalLayout
{
    /// <summary>The name the report and the "tried:" messages use.</summary>
    public required string FormatName { get; init; }

    /// <summary>Header cells that must all be present (case ignored) in the header row, within the first records.</summary>
    public required IReadOnlyList<string> Signature { get; init; }

    /// <summary>The header a user should see in messages (the portal's documented header, shortened).</summary>
    public required string ExpectedHeader { get; init; }

    public string? CountryCode { get; init; }

    public CountryCodeKind CodeKind { get; init; } = CountryCodeKind.Alpha3;

    /// <summary>The country name column; "" with <see cref="NameAfterCode"/> for the UN yearbook's unnamed name column.</summary>
    public string? CountryName { get; init; }

    /// <summary>The names are in the unnamed column right after the code column (UN yearbook).</summary>
    public bool NameAfterCode { get; init; }

    /// <summary>A column saying what kind of place a row is (WHO GHO "Location type"): rows other than "Country" are skipped.</summary>
    public string? LocationType { get; init; }

    /// <summary>Columns whose values together identify a series (its code), e.g. "Series Code", "WEO Subject Code".</summary>
    public IReadOnlyList<string> SeriesCode { get; init; } = [];

    /// <summary>Columns whose values together name a series, e.g. "Series Name".</summary>
    public IReadOnlyList<string> SeriesName { get; init; } = [];

    /// <summary>Columns that split a series further (GHO's Dim1–Dim3: sex, age group).</summary>
    public IReadOnlyList<string> Dimensions { get; init; } = [];

    /// <summary>Every column without a role is a dimension (Eurostat: freq, unit, na_item, …).</summary>
    public bool OtherColumnsAreDimensions { get; init; }

    /// <summary>Columns that hold the unit (joined with ", "), e.g. WEO's Units and Scale.</summary>
    public IReadOnlyList<string> Units { get; init; } = [];

    /// <summary>The unit is in the series name's last parentheses ("GDP (current US$)" → "current US$").</summary>
    public bool UnitFromName { get; init; }

    /// <summary>The period column of a long layout; null: one column per year (wide).</summary>
    public string? PeriodColumn { get; init; }

    /// <summary>The value column of a long layout.</summary>
    public string? ValueColumn { get; init; }

    /// <summary>Columns whose text is kept in the row's note (footnotes, comments, flags).</summary>
    public IReadOnlyList<string> NoteColumns { get; init; } = [];

    /// <summary>A column with the last year of actual data; later years are estimates (WEO "Estimates Start After").</summary>
    public string? EstimatesColumn { get; init; }

    /// <summary>Numbers may group thousands with ',' even in a comma-separated file ("6,985.60", as the UN quotes them).</summary>
    public bool GroupedNumbers { get; init; }

    /// <summary>Rows whose code and name are no country are aggregates (regions, income groups): skipped and named in a note.</summary>
    public bool SkipAggregates { get; init; }

    /// <summary>Rows without any value are headings (SIPRI's region rows): passed over.</summary>
    public bool SkipEmptyRows { get; init; }

    /// <summary>Text the lines before the header must contain (case ignored), so a plain table is not taken for this portal's.</summary>
    public string? PreambleContains { get; init; }

    /// <summary>A row whose first cell starts so ends the table (DataBank's "Data from database: …").</summary>
    public IReadOnlyList<string> FooterStarts { get; init; } = [];

    /// <summary>Eurostat TSV: the first column packs the dimension codes, comma-separated, its header ending in "\time".</summary>
    public bool PackedFirstColumn { get; init; }

    /// <summary>Indicator ids are this prefix and the series' code as a slug ("wdi-", "weo-").</summary>
    public required string IdPrefix { get; init; }

    /// <summary>The sheet is the series (SIPRI milex: one sheet per measure); its indicator is named "{SeriesTitle}, {sheet}".</summary>
    public string? SeriesTitleFromSheet { get; init; }

    /// <summary>The unit when nothing else gives one (the World Bank's "Population, total" is a count: "value").</summary>
    public string? FallbackUnit { get; init; }

    /// <summary>The id prefix from the lines before the header, when it depends on them (World Bank IDS: "ids-"); null: <see cref="IdPrefix"/>.</summary>
    public Func<IReadOnlyList<string>, string?> IdPrefixFromMeta { get; init; } = _ => null;

    /// <summary>A note when the file does not say its edition (null: none).</summary>
    public string? NoEditionNote { get; init; }

    /// <summary>The unit when neither a column nor the name gives one (SIPRI milex: from the sheet's measure).</summary>
    public Func<string?, string?>? UnitFromSheet { get; init; }

    public string Dimension { get; init; } = "economic";

    /// <summary>The edition from the lines before the header and after the table ("Last Updated: …"), or null.</summary>
    public Func<IReadOnlyList<string>, string?> Edition { get; init; } = _ => null;

    /// <summary>The source cited when the user names none, from the edition (its id carries the edition).</summary>
    public required Func<string?, IReadOnlyList<string>, Source> DefaultSource { get; init; }
}
