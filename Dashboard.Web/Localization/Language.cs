namespace Dashboard.Web.Localization;

/// <summary>
/// One reader's language: its words (<see cref="TextCatalog"/>), numbers, percentages, months
/// (<see cref="CultureFormats"/>) and country names (<see cref="CountryNames"/>). Pages, charts, alt text, CSV header
/// lines, decks and packs take one; <see cref="English"/> is the default everywhere.
/// </summary>
public sealed class Language
{
    private static readonly Dictionary<string, Language> Known =
        TextCatalog.Shipped.Cultures.ToDictionary(c => c, c => new Language(c), StringComparer.Ordinal);

    private Language(string culture) => Culture = culture;

    public static Language English { get; } = Known[CldrCultures.English];

    /// <summary>Every culture the dashboard speaks, English first.</summary>
    public static IReadOnlyList<string> Cultures => TextCatalog.Shipped.Cultures;

    /// <summary>The culture name: "en", "ru", "tr".</summary>
    public string Culture { get; }

    /// <summary>The language's name in itself, for the switch: "English", "Русский", "Türkçe" (the texts' "(language name)").</summary>
    public string OwnName => IsEnglish ? "English" : T(OwnNameKey);

    /// <summary>The key each texts file translates to its language's own name.</summary>
    public const string OwnNameKey = "(language name)";

    public bool IsEnglish => Culture == CldrCultures.English;

    /// <summary>The language of the current request (its UI culture, set by request localization); English elsewhere.</summary>
    public static Language Current => Of(System.Globalization.CultureInfo.CurrentUICulture.Name);

    /// <summary>The language of <paramref name="culture"/>; English for null or a culture the dashboard does not speak.</summary>
    public static Language Of(string? culture) =>
        culture is not null && Known.TryGetValue(culture, out var language) ? language : English;

    public static bool Supports(string? culture) => culture is not null && Known.ContainsKey(culture);

    /// <summary>The words in this language (English when it lacks them, recorded as a miss).</summary>
    public string T(string english) => TextCatalog.Shipped.Text(Culture, english);

    /// <summary>A template in this language with its values put in (format the values with <see cref="Number"/> first).</summary>
    public string F(string englishTemplate, params object?[] values) => TextCatalog.Shipped.Format(Culture, englishTemplate, values);

    public string Number(double value, int decimals) => CultureFormats.Shipped.Number(Culture, value, decimals);

    /// <summary>A number written the invariant way ("1,234.5") with this language's symbols ("1 234,5").</summary>
    public string Digits(string invariant) => CultureFormats.Shipped.Localize(Culture, invariant);

    /// <summary>A number already written for this language as a percentage: "18 %" in Russian, "%18" in Turkish.</summary>
    public string PercentOf(string number) => CultureFormats.Shipped.PercentOf(Culture, number);

    public string Percent(double value, int decimals) => CultureFormats.Shipped.Percent(Culture, value, decimals);

    /// <summary>The abbreviated month 1–12.</summary>
    public string Month(int month) => CultureFormats.Shipped.Month(Culture, month);

    /// <summary>A period for people in this language: "2019", "2010–2014", "Nov 2019" / "нояб. 2019" / "Kas 2019".</summary>
    public string Period(Dashboard.Data.Model.Period period) =>
        period.Kind == Dashboard.Data.Model.PeriodKind.Month && !IsEnglish
            ? Month(period.Start % 12 + 1) + " " + period.StartYear.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : period.Label;

    /// <summary>A whole number for people: "1,234" / "1 234" / "1.234".</summary>
    public string Count(int value) => Number(value, 0);

    /// <summary>The country's CLDR name in this language, or <paramref name="fallback"/> (English, from the data) when CLDR has none.</summary>
    public string Country(string alpha3, string fallback) =>
        IsEnglish ? fallback : CountryNames.Shipped.Name(Culture, alpha3) ?? fallback;

    /// <summary>The path prefix of this language's pages: "" for English, "/ru" for Russian.</summary>
    public string PathPrefix => IsEnglish ? "" : "/" + Culture;

    /// <summary><paramref name="sitePath"/> (starting with "/") in this language: "/ru/compare".</summary>
    public string Path(string sitePath) => IsEnglish ? sitePath : PathPrefix + (sitePath == "/" ? "/" : sitePath);

    public override string ToString() => Culture;
}
