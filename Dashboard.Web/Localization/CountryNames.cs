namespace Dashboard.Web.Localization;

/// <summary>
/// Country names by ISO 3166-1 alpha-3 code in each culture, from CLDR (<c>Localization/Cldr/territories.csv</c>), not
/// typed by hand: "Kazakhstan", "Казахстан", "Kazakistan". Null for a code CLDR does not name (groups, historical
/// states): their names come from the data's own translations.
/// </summary>
public sealed class CountryNames
{
    private readonly Dictionary<string, Dictionary<string, string>> _byCulture;

    private CountryNames(Dictionary<string, Dictionary<string, string>> byCulture) => _byCulture = byCulture;

    public static CountryNames Shipped { get; } = Load();

    public string? Name(string culture, string alpha3) =>
        _byCulture.TryGetValue(culture, out var names) && names.TryGetValue(alpha3, out var name) && name.Length > 0 ? name : null;

    private static CountryNames Load()
    {
        var rows = CldrCultures.ReadTable("territories.csv");
        var header = rows[0];
        var byCulture = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        for (var c = 2; c < header.Length; c++)
        {
            byCulture[header[c]] = rows.Skip(1).ToDictionary(r => r[0], r => r[c], StringComparer.Ordinal);
        }

        return new CountryNames(byCulture);
    }
}
