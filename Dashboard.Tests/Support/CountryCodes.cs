using Dashboard.Data.Import.Formats;

namespace Dashboard.Tests.Support;

/// <summary>Real ISO 3166 alpha-3 codes for generated files: readers check that a row's code and name agree.</summary>
internal static class CountryCodes
{
    /// <summary>The first <paramref name="count"/> present-day country codes in alphabetical order.</summary>
    public static IReadOnlyList<string> First(int count)
    {
        var codes = Enumerable.Range(0, 26 * 26 * 26)
            .Select(i => string.Concat((char)('A' + i / 676), (char)('A' + i / 26 % 26), (char)('A' + i % 26)))
            .Where(CountryNames.IsCountryCode)
            .Take(count)
            .ToList();
        Assert.Equal(count, codes.Count);
        return codes;
    }

    /// <summary>The country's name as a quoted CSV field.</summary>
    public static string QuotedName(string code) => "\"" + CountryNames.NameOf(code)!.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
