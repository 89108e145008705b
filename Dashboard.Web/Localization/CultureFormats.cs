using System.Globalization;
using System.Text;

namespace Dashboard.Web.Localization;

/// <summary>
/// How a culture writes numbers, percentages and months, from the committed CLDR tables (<c>Localization/Cldr</c>):
/// "47.9%" in English, "47,9 %" in Russian (a no-break space), "%47,9" in Turkish; "Nov 2019", "нояб. 2019",
/// "Kas 2019". Unknown cultures write as English. Parsing is never localized (query strings, the API and CSV stay
/// invariant); this is for people only.
/// </summary>
public sealed class CultureFormats
{
    private readonly Dictionary<string, (string Decimal, string Group, string Percent)> _numbers;
    private readonly Dictionary<string, string[]> _months;

    private CultureFormats(Dictionary<string, (string, string, string)> numbers, Dictionary<string, string[]> months)
    {
        _numbers = numbers;
        _months = months;
    }

    /// <summary>The tables embedded in the app.</summary>
    public static CultureFormats Shipped { get; } = Load();

    /// <summary><paramref name="value"/> with <paramref name="decimals"/> decimals (trailing zeros kept) and grouped thousands.</summary>
    public string Number(string culture, double value, int decimals)
    {
        var invariant = value.ToString("#,0." + new string('0', Math.Max(0, decimals)), CultureInfo.InvariantCulture).TrimEnd('.');
        return Localize(culture, invariant);
    }

    /// <summary>
    /// A number already written the invariant way ("1,234.5", "-0.25", "12.5%") with this culture's decimal and group
    /// symbols; other characters pass through. For numbers formatted elsewhere (axis ticks, table cells).
    /// </summary>
    public string Localize(string culture, string invariant)
    {
        if (culture == CldrCultures.English)
        {
            return invariant;
        }

        var (dec, group, _) = Symbols(culture);
        var sb = new StringBuilder(invariant.Length + 4);
        foreach (var c in invariant)
        {
            sb.Append(c switch
            {
                ',' => group,
                '.' => dec,
                '-' => "-",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>A percentage of <paramref name="value"/> (already in percent, e.g. 47.9) in the culture's pattern.</summary>
    public string Percent(string culture, double value, int decimals)
    {
        var number = Number(culture, value, decimals);
        var pattern = Symbols(culture).Percent;
        return pattern.Replace("#,##0", number, StringComparison.Ordinal);
    }

    /// <summary>A number already written for this culture (<see cref="Number"/>) as a percentage in its pattern.</summary>
    public string PercentOf(string culture, string number) =>
        Symbols(culture).Percent.Replace("#,##0", number, StringComparison.Ordinal);

    /// <summary>The abbreviated name of month 1–12 ("Nov", "нояб.", "Kas").</summary>
    public string Month(string culture, int month) =>
        (_months.TryGetValue(culture, out var m) ? m : _months[CldrCultures.English])[Math.Clamp(month, 1, 12) - 1];

    private (string Decimal, string Group, string Percent) Symbols(string culture) =>
        _numbers.TryGetValue(culture, out var s) ? s : _numbers[CldrCultures.English];

    private static CultureFormats Load()
    {
        var numbers = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal);
        foreach (var row in CldrCultures.ReadTable("numbers.csv").Skip(1))
        {
            numbers[row[0]] = (row[1], row[2], row[3]);
        }

        var months = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var row in CldrCultures.ReadTable("months.csv").Skip(1))
        {
            months[row[0]] = row[1..13];
        }

        return new CultureFormats(numbers, months);
    }
}
