using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// The download layouts of the data portals, as documented by each portal (one entry per shape it ships), read by
/// <see cref="PortalReader"/>. Adding a portal is adding an entry here, a fixture in its shape and a test.
/// </summary>
public static partial class PortalLayouts
{
    private static readonly Source WhoSource = new()
    {
        Id = "who-gho",
        Citation = "World Health Organization. Global Health Observatory data repository.",
        Url = "https://www.who.int/data/gho",
        Publisher = "World Health Organization",
        Licence = "CC BY-NC-SA 3.0 IGO",
    };

    /// <summary>World Bank bulk CSV (API_…_DS2 files, WDI and IDS): "Data Source" and "Last Updated Date" lines, then Country Name, Country Code, Indicator Name, Indicator Code, 1960, ….</summary>
    public static readonly PortalLayout WorldBankBulk = new()
    {
        FormatName = "World Bank WDI/IDS CSV",
        Signature = ["Country Name", "Country Code", "Indicator Name", "Indicator Code"],
        ExpectedHeader = "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"1960\",… (years as columns)",
        CountryCode = "Country Code",
        CountryName = "Country Name",
        SeriesCode = ["Indicator Code"],
        SeriesName = ["Indicator Name"],
        UnitFromName = true,
        SkipAggregates = true,
        FallbackUnit = "value",
        IdPrefix = "wdi-",
        IdPrefixFromMeta = meta => IsIds(meta) ? "ids-" : null,
        NoEditionNote = "no \"Last Updated Date\" line before the header: the edition is unknown",
        Edition = meta => Meta(meta, "Last Updated Date") is { } date ? "Last Updated " + date : null,
        DefaultSource = (edition, meta) =>
        {
            var updated = edition?.Replace("Last Updated ", string.Empty, StringComparison.Ordinal);
            var dataset = IsIds(meta) ? "International Debt Statistics" : Meta(meta, "Data Source") ?? "World Development Indicators";
            return new Source
            {
                Id = ReaderSupport.Slug((IsIds(meta) ? "world-bank-ids-" : "world-bank-wdi-") + (updated ?? "undated")),
                Citation = $"World Bank. {dataset}, bulk CSV download{(updated is null ? string.Empty : " (last updated " + updated + ")")}.",
                Url = IsIds(meta) ? "https://www.worldbank.org/en/programs/debt-statistics/ids" : "https://databank.worldbank.org/source/world-development-indicators",
                Publisher = "World Bank",
                Licence = "CC BY 4.0",
                Edition = edition,
            };
        },
    };

    /// <summary>World Bank DataBank export (CSV or .xlsx), table view: Series Name, Series Code, Country Name, Country Code, 2019 [YR2019], …; "..", footer lines.</summary>
    public static readonly PortalLayout DataBank = new()
    {
        FormatName = "World Bank DataBank export",
        Signature = ["Series Code", "Country Code"],
        ExpectedHeader = "\"Series Name\",\"Series Code\",\"Country Name\",\"Country Code\",\"2019 [YR2019]\",… (in any order)",
        CountryCode = "Country Code",
        CountryName = "Country Name",
        SeriesCode = ["Series Code"],
        SeriesName = ["Series Name"],
        UnitFromName = true,
        FallbackUnit = "value",
        SkipAggregates = true,
        FooterStarts = ["Data from database:", "Last Updated:", "Code", "Source:", "Note:"],
        IdPrefix = "wdi-",
        Edition = DataBankEdition,
        DefaultSource = (edition, _) => DataBankSource(edition),
    };

    /// <summary>DataBank with time down the rows: Country Name, Country Code, Series Name, Series Code, Time, Time Code, Value.</summary>
    public static readonly PortalLayout DataBankLong = DataBank with
    {
        FormatName = "World Bank DataBank export (time in rows)",
        Signature = ["Series Code", "Country Code", "Time", "Value"],
        ExpectedHeader = "\"Country Name\",\"Country Code\",\"Series Name\",\"Series Code\",\"Time\",\"Time Code\",\"Value\"",
        PeriodColumn = "Time",
        ValueColumn = "Value",
        Dimensions = [],
    };

    /// <summary>IMF World Economic Outlook database, "by countries" (a tab-separated text file named .xls).</summary>
    public static readonly PortalLayout ImfWeo = new()
    {
        FormatName = "IMF World Economic Outlook database",
        Signature = ["WEO Subject Code", "ISO", "Country"],
        ExpectedHeader = "WEO Country Code, ISO, WEO Subject Code, Country, Subject Descriptor, Subject Notes, Units, Scale, Country/Series-specific Notes, 1980, …, Estimates Start After (tab-separated)",
        CountryCode = "ISO",
        CountryName = "Country",
        SeriesCode = ["WEO Subject Code"],
        SeriesName = ["Subject Descriptor"],
        Units = ["Units", "Scale"],
        EstimatesColumn = "Estimates Start After",
        GroupedNumbers = true,
        FooterStarts = ["International Monetary Fund", "Source:"],
        IdPrefix = "weo-",
        Edition = meta => meta.Select(m => WeoEdition().Match(m)).FirstOrDefault(m => m.Success)?.Groups["e"].Value,
        DefaultSource = (edition, meta) => new Source
        {
            Id = ReaderSupport.Slug("imf-weo-" + (edition ?? "undated")),
            Citation = $"International Monetary Fund. World Economic Outlook Database{(edition is null ? string.Empty : ", " + edition)}.",
            Url = "https://www.imf.org/en/Publications/WEO/weo-database",
            Publisher = "International Monetary Fund",
            Licence = "IMF copyright and usage terms (free with attribution)",
            Edition = edition,
        },
    };

    /// <summary>Eurostat TSV (bulk download and API): "freq,unit,geo\TIME_PERIOD" then years; 2-letter codes (EL, UK); flags after values; ':' missing.</summary>
    public static readonly PortalLayout EurostatTsv = new()
    {
        FormatName = "Eurostat TSV",
        Signature = ["geo"],
        ExpectedHeader = "freq,unit,…,geo\\TIME_PERIOD<tab>2015 <tab>2016 … (tab-separated; the first column packs the dimension codes)",
        PackedFirstColumn = true,
        CountryCode = "geo",
        CodeKind = CountryCodeKind.Alpha2,
        Units = ["unit"],
        OtherColumnsAreDimensions = true,
        SkipAggregates = true,
        IdPrefix = "eurostat-",
        DefaultSource = (edition, meta) => new Source
        {
            Id = "eurostat",
            Citation = "Eurostat, European statistics database (dataset download).",
            Url = "https://ec.europa.eu/eurostat/data/database",
            Publisher = "Eurostat",
            Licence = "CC BY 4.0 (Eurostat reuse policy)",
        },
    };

    /// <summary>Eurostat SDMX-CSV: DATAFLOW, LAST UPDATE, freq, unit, geo, TIME_PERIOD, OBS_VALUE, OBS_FLAG.</summary>
    public static readonly PortalLayout EurostatSdmxCsv = EurostatTsv with
    {
        FormatName = "Eurostat SDMX-CSV",
        Signature = ["geo", "TIME_PERIOD", "OBS_VALUE"],
        ExpectedHeader = "DATAFLOW,LAST UPDATE,freq,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG",
        PackedFirstColumn = false,
        PeriodColumn = "TIME_PERIOD",
        ValueColumn = "OBS_VALUE",
        NoteColumns = ["OBS_FLAG", "CONF_STATUS"],
        Dimensions = ["DATAFLOW", "LAST UPDATE"],
    };

    /// <summary>UN Statistical Yearbook CSV (SYB tables): title line, then Region/Country/Area (M49 code), an unnamed name column, Year, Series, Value, Footnotes, Source.</summary>
    public static readonly PortalLayout UnYearbook = new()
    {
        FormatName = "UN Statistical Yearbook CSV",
        Signature = ["Region/Country/Area", "Year", "Series", "Value"],
        ExpectedHeader = "a title line, then Region/Country/Area,,Year,Series,Value,Footnotes,Source",
        CountryCode = "Region/Country/Area",
        CodeKind = CountryCodeKind.Numeric,
        NameAfterCode = true,
        SeriesName = ["Series"],
        UnitFromName = true,
        PeriodColumn = "Year",
        ValueColumn = "Value",
        NoteColumns = ["Footnotes"],
        GroupedNumbers = true,
        SkipAggregates = true,
        IdPrefix = "unsd-",
        Edition = meta => meta.Count > 0 ? meta[0] : null,
        DefaultSource = (edition, meta) => new Source
        {
            Id = ReaderSupport.Slug("unsd-syb-" + (edition is null ? "table" : edition.Split(' ')[0])),
            Citation = $"United Nations Statistics Division. Statistical Yearbook{(edition is null ? string.Empty : ", table " + edition)} (each value's original source is in the file's Source column).",
            Url = "https://data.un.org/",
            Publisher = "United Nations Statistics Division",
            Licence = "UN data terms of use",
        },
    };

    /// <summary>WHO Global Health Observatory export (portal CSV / OData): IndicatorCode, Indicator, …, Location type, SpatialDimValueCode, Location, Period, Dim1…, FactValueNumeric.</summary>
    public static readonly PortalLayout WhoGho = new()
    {
        FormatName = "WHO Global Health Observatory export",
        Signature = ["IndicatorCode", "SpatialDimValueCode", "Period", "FactValueNumeric"],
        ExpectedHeader = "IndicatorCode,Indicator,ValueType,ParentLocationCode,ParentLocation,Location type,SpatialDimValueCode,Location,Period type,Period,…,Dim1,…,FactValueNumeric,…",
        CountryCode = "SpatialDimValueCode",
        CountryName = "Location",
        LocationType = "Location type",
        SeriesCode = ["IndicatorCode"],
        SeriesName = ["Indicator"],
        Dimensions = ["Dim1", "Dim2", "Dim3"],
        UnitFromName = true,
        Units = ["FactValueUoM"],
        PeriodColumn = "Period",
        ValueColumn = "FactValueNumeric",
        NoteColumns = ["FactComments"],
        IdPrefix = "gho-",
        DefaultSource = (_, _) => WhoSource,
    };

    /// <summary>WHO GHO in its older "CSV list" layout: GHO (CODE), GHO (DISPLAY), …, YEAR (CODE), COUNTRY (CODE), COUNTRY (DISPLAY), SEX (CODE), …, Numeric.</summary>
    public static readonly PortalLayout WhoGhoList = WhoGho with
    {
        FormatName = "WHO Global Health Observatory export (CSV list)",
        Signature = ["GHO (CODE)", "COUNTRY (CODE)", "YEAR (CODE)", "Numeric"],
        ExpectedHeader = "GHO (CODE),GHO (DISPLAY),…,YEAR (CODE),…,COUNTRY (CODE),COUNTRY (DISPLAY),…,Numeric,Low,High,Comments",
        CountryCode = "COUNTRY (CODE)",
        CountryName = "COUNTRY (DISPLAY)",
        LocationType = null,
        SeriesCode = ["GHO (CODE)"],
        SeriesName = ["GHO (DISPLAY)"],
        Dimensions = ["SEX (CODE)", "AGEGROUP (CODE)", "RESIDENCEAREATYPE (CODE)"],
        Units = [],
        PeriodColumn = "YEAR (CODE)",
        ValueColumn = "Numeric",
        NoteColumns = ["Comments"],
        SkipAggregates = true,
    };

    /// <summary>SIPRI Military Expenditure Database workbook, one sheet per measure: title and note lines, then Country, Notes, 1949, …; region rows; 'xxx' and '. .'.</summary>
    public static readonly PortalLayout SipriMilex = new()
    {
        FormatName = "SIPRI Military Expenditure Database sheet",
        Signature = ["Country", "Notes"],
        ExpectedHeader = "title and note lines, then Country, Notes, 1949, 1950, … (one sheet per measure: choose it with --sheet)",
        CountryName = "Country",
        PreambleContains = "military expenditure",
        NoteColumns = ["Notes"],
        SkipEmptyRows = true,
        UnitFromSheet = MilexUnit,
        SeriesTitleFromSheet = "Military expenditure (SIPRI)",
        IdPrefix = "sipri-milex-",
        Dimension = "military",
        DefaultSource = (edition, meta) => new Source
        {
            Id = "sipri-milex",
            Citation = "Stockholm International Peace Research Institute (SIPRI). SIPRI Military Expenditure Database.",
            Url = "https://www.sipri.org/databases/milex",
            Publisher = "Stockholm International Peace Research Institute (SIPRI)",
        },
    };

    /// <summary>Every layout, in the order the format detector tries them (the most specific signatures first).</summary>
    public static IReadOnlyList<PortalLayout> All { get; } =
        [WorldBankBulk, DataBankLong, DataBank, ImfWeo, WhoGho, WhoGhoList, UnYearbook, EurostatSdmxCsv, EurostatTsv, SipriMilex];

    private static bool IsIds(IReadOnlyList<string> meta) => Meta(meta, "Data Source")?.Contains("International Debt", StringComparison.OrdinalIgnoreCase) == true;

    private static string? Meta(IReadOnlyList<string> meta, string key) =>
        meta.Where(m => m.StartsWith(key + " ", StringComparison.OrdinalIgnoreCase)).Select(m => m[(key.Length + 1)..].Trim()).FirstOrDefault();

    private static string? DataBankEdition(IReadOnlyList<string> meta) =>
        meta.Where(m => m.StartsWith("Last Updated:", StringComparison.OrdinalIgnoreCase)).Select(m => "Last Updated " + m["Last Updated:".Length..].Trim()).FirstOrDefault();

    private static Source DataBankSource(string? edition)
    {
        var date = edition?.Replace("Last Updated ", string.Empty, StringComparison.Ordinal);
        var iso = date is not null && DateTime.TryParseExact(date, ["M/d/yyyy", "MM/dd/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date;
        return new Source
        {
            Id = ReaderSupport.Slug("world-bank-databank-" + (iso ?? "undated")),
            Citation = $"World Bank. DataBank export{(date is null ? string.Empty : " (last updated " + date + ")")}.",
            Url = "https://databank.worldbank.org/",
            Publisher = "World Bank",
            Licence = "CC BY 4.0",
            Edition = edition,
        };
    }

    /// <summary>The unit of a SIPRI milex sheet, from its name; null for a sheet not known (the user then gives the unit).</summary>
    private static string? MilexUnit(string? sheet) => sheet?.ToLowerInvariant() switch
    {
        null => null,
        var s when s.Contains("share of gdp", StringComparison.Ordinal) => "% of GDP",
        var s when s.Contains("share of govt", StringComparison.Ordinal) || s.Contains("share of government", StringComparison.Ordinal) => "% of government spending",
        var s when s.Contains("per capita", StringComparison.Ordinal) => "current US$ per capita",
        var s when s.StartsWith("constant", StringComparison.Ordinal) => "US$ m, " + sheet.Replace("US$", string.Empty, StringComparison.Ordinal).Trim().ToLowerInvariant() + " prices",
        var s when s.StartsWith("current us", StringComparison.Ordinal) => "current US$ m",
        var s when s.StartsWith("local currency", StringComparison.Ordinal) => "local currency m",
        _ => null,
    };

    [GeneratedRegex(@"World Economic Outlook Database,\s*(?<e>[A-Z][a-z]+ \d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex WeoEdition();
}
