using System.Collections.Frozen;
using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// Country names as SIPRI, the World Bank (WDI/IDS), Our World in Data, TOP500 and the AI Global Surveillance Index
/// spell them, mapped to ISO 3166-1 alpha-3 codes; plus SIPRI's international organisations and non-state actors,
/// mapped to codes of kind <c>other</c>. Matching ignores case and repeated spaces. Regional aggregates ("Low &amp;
/// middle income", "Asia (CSET)") are deliberately not mapped: they are not countries.
/// </summary>
/// <remarks>
/// The ISO list comes from Debian's iso-codes (iso_3166-1.json: name, common and official name); the spellings of
/// the data sources were added by hand. Kosovo has no ISO code: XKX is the code the World Bank and the EU use.
/// </remarks>
public static class CountryNames
{
    /// <summary>SIPRI's suppliers and recipients that are not states ("*" non-state actor, "**" international organisation).</summary>
    private static readonly Entity[] Actors =
    [
        new() { Code = "XUN", Name = "unknown supplier(s)", Kind = "other" },
        new() { Code = "XUR", Name = "unknown recipient(s)", Kind = "other" },
        new() { Code = "XRB", Name = "unknown rebel group*", Kind = "other" },
        new() { Code = "AU", Name = "African Union**", Kind = "other" },
        new() { Code = "EU", Name = "European Union**", Kind = "other" },
        new() { Code = "NATO", Name = "NATO**", Kind = "other" },
        new() { Code = "OSCE", Name = "OSCE**", Kind = "other" },
        new() { Code = "UN", Name = "United Nations**", Kind = "other" },
        new() { Code = "NS-DARFUR", Name = "Darfur rebels (Sudan)*", Kind = "other" },
        new() { Code = "NS-HAMAS", Name = "Hamas (Palestine)*", Kind = "other" },
        new() { Code = "NS-HEZBOLLAH", Name = "Hezbollah (Lebanon)*", Kind = "other" },
        new() { Code = "NS-HOUTHI", Name = "Houthi rebels (Yemen)*", Kind = "other" },
        new() { Code = "NS-KRG", Name = "Kurdistan Regional Government (Iraq)*", Kind = "other" },
        new() { Code = "NS-LRA", Name = "LRA (Uganda)*", Kind = "other" },
        new() { Code = "NS-LTTE", Name = "LTTE (Sri Lanka)*", Kind = "other" },
        new() { Code = "LBY-GNC", Name = "Libya GNC", Kind = "other" },
        new() { Code = "LBY-HOR", Name = "Libya HoR*", Kind = "other" },
        new() { Code = "NS-NLA", Name = "NLA (Macedonia)*", Kind = "other" },
        new() { Code = "NS-NTC", Name = "NTC (Libya)*", Kind = "other" },
        new() { Code = "NS-NA-AFG", Name = "Northern Alliance (Afghanistan)*", Kind = "other" },
        new() { Code = "NS-PIJ", Name = "PIJ (Israel/Palestine)*", Kind = "other" },
        new() { Code = "NS-PKK", Name = "PKK (Turkiye)*", Kind = "other" },
        new() { Code = "NS-PRC", Name = "PRC (Israel/Palestine)*", Kind = "other" },
        new() { Code = "NS-SYR-REBELS", Name = "Syria rebels*", Kind = "other" },
        new() { Code = "NS-UIC", Name = "UIC (Somalia)*", Kind = "other" },
        new() { Code = "NS-UKR-REBELS", Name = "Ukraine Rebels*", Kind = "other" },
        new() { Code = "NS-UWSA", Name = "United Wa State (Myanmar)*", Kind = "other" },
    ];

    private static readonly CountryRecord[] Countries = Load();

    private static readonly FrozenDictionary<string, string> CodeByName = BuildCodeByName();

    private static readonly FrozenDictionary<string, CountryRecord> ByCode =
        Countries.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> CodeByAlpha2 = Countries.Where(c => c.Alpha2.Length == 2)
        .ToFrozenDictionary(c => c.Alpha2, c => c.Code, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> CodeByNumeric = Countries.Where(c => c.Numeric.Length > 0 && !c.Former)
        .ToFrozenDictionary(c => c.Numeric, c => c.Code, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Entity> ActorByName =
        Actors.ToFrozenDictionary(a => Normalize(a.Name), a => a, StringComparer.Ordinal);

    /// <summary>The ISO alpha-3 code of a country name in any of the known spellings.</summary>
    public static bool TryGetCode(string name, out string code) => CodeByName.TryGetValue(Normalize(name), out code!);

    /// <summary>A country (kind <c>country</c>) or a known non-state actor / organisation (kind <c>other</c>) by name.</summary>
    public static bool TryResolve(string name, out Entity entity)
    {
        if (TryGetCode(name, out var code))
        {
            entity = new Entity { Code = code, Name = ByCode[code].Names[0], Kind = "country" };
            return true;
        }

        return ActorByName.TryGetValue(Normalize(name), out entity!);
    }

    /// <summary>Whether a code is a present-day country code known here (ISO alpha-3, plus XKX for Kosovo); former states' codes are not.</summary>
    public static bool IsCountryCode(string code) => ByCode.TryGetValue(code, out var c) && !c.Former;

    /// <summary>Whether a code is a former state's ISO 3166-3 alpha-3 code (SUN, YUG, CSK, DDR, SCG, YMD).</summary>
    public static bool IsFormerCode(string code) => ByCode.TryGetValue(code, out var c) && c.Former;

    /// <summary>The display name of a country code (present or former), or null.</summary>
    public static string? NameOf(string code) => ByCode.TryGetValue(code, out var c) ? c.Names[0] : null;

    /// <summary>
    /// The alpha-3 code of an ISO 3166-1 alpha-2 code, with Eurostat's two exceptions (EL = Greece, UK = United
    /// Kingdom) and XK for Kosovo.
    /// </summary>
    public static string? FromAlpha2(string code) => code switch
    {
        "EL" => "GRC",
        "UK" => "GBR",
        _ => CodeByAlpha2.GetValueOrDefault(code),
    };

    /// <summary>The alpha-3 code of an ISO 3166-1 numeric code (the UN's M49 code of a country; "4" and "004" alike).</summary>
    public static string? FromNumeric(string code) =>
        code.Length is > 0 and <= 3 && code.All(char.IsAsciiDigit) ? CodeByNumeric.GetValueOrDefault(code.PadLeft(3, '0')) : null;

    private static FrozenDictionary<string, string> BuildCodeByName()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var country in Countries)
        {
            foreach (var name in country.Names)
            {
                // First spelling wins: "Congo" is the Republic of the Congo, as SIPRI, OWID and the WHO use it.
                map.TryAdd(Normalize(name), country.Code);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// Case, repeated spaces, accents (Côte = Cote), typographic apostrophes (d’Ivoire) and '&amp;' (and) do not
    /// distinguish names.
    /// </summary>
    private static string Normalize(string name)
    {
        var decomposed = name.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace("&", " and ", StringComparison.Ordinal).Normalize(System.Text.NormalizationForm.FormD);
        var letters = new System.Text.StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                letters.Append(c);
            }
        }

        return string.Join(' ', letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToUpperInvariant();
    }

    /// <summary>The embedded <c>Countries/countries.csv</c> (generated from ISO 3166-1 and -3 by <c>make-countries.py</c>).</summary>
    private static CountryRecord[] Load()
    {
        using var stream = typeof(CountryNames).Assembly.GetManifestResourceStream("Dashboard.Data.Import.Countries.countries.csv")!;
        using var reader = new StreamReader(stream);
        using var csv = new CsvHelper.CsvParser(reader, System.Globalization.CultureInfo.InvariantCulture);
        var records = new List<CountryRecord>();
        csv.Read();
        while (csv.Read())
        {
            var r = csv.Record!;
            records.Add(new CountryRecord(r[0], r[1], r[2], r[3] == "former", r[4].Split('|')));
        }

        return [.. records];
    }

    private sealed record CountryRecord(string Code, string Alpha2, string Numeric, bool Former, string[] Names);
}
