using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Dashboard.Web.Localization;

/// <summary>
/// Derives the tables the dashboard formats with from the Unicode CLDR (the npm packages <c>cldr-core</c>,
/// <c>cldr-localenames-full</c>, <c>cldr-numbers-full</c>, <c>cldr-dates-full</c>): country names by ISO alpha-3 code
/// (<c>territories.csv</c>), number symbols and the percent pattern (<c>numbers.csv</c>) and abbreviated month names
/// (<c>months.csv</c>) for every culture of <see cref="Cultures"/>, with <c>PROVENANCE.md</c> naming the packages and
/// versions. .NET's own culture data is not used: the app runs in invariant-globalization mode, and a committed table
/// gives the same text on every machine. Written in sorted order so a re-run over the same packages is byte-identical.
/// </summary>
public static class CldrDeriver
{
    /// <summary>The cultures the tables cover: the site's and the region's languages, ready for texts of their own.</summary>
    public static readonly IReadOnlyList<string> Cultures = ["en", "ru", "tr", "kk", "ky", "tg", "tk", "uz"];

    private static readonly string[] Packages = ["cldr-core", "cldr-localenames-full", "cldr-numbers-full", "cldr-dates-full"];

    /// <summary>Writes the tables to <paramref name="outFolder"/> from the package folders under <paramref name="cldrRoot"/>.</summary>
    public static IReadOnlyList<string> Derive(string cldrRoot, string outFolder)
    {
        foreach (var package in Packages)
        {
            if (!Directory.Exists(Path.Combine(cldrRoot, package)))
            {
                throw new DirectoryNotFoundException($"{Path.Combine(cldrRoot, package)} is missing (npm install {string.Join(' ', Packages.Select(p => p + "@48.2.0"))})");
            }
        }

        var alpha3 = Read(cldrRoot, "cldr-core/supplemental/codeMappings.json").GetProperty("supplemental").GetProperty("codeMappings")
            .EnumerateObject()
            .Where(p => p.Name.Length == 2 && char.IsAsciiLetterUpper(p.Name[0]) && p.Value.TryGetProperty("_alpha3", out _))
            .ToDictionary(p => p.Name, p => p.Value.GetProperty("_alpha3").GetString()!, StringComparer.Ordinal);
        var names = Cultures.ToDictionary(c => c, c => Read(cldrRoot, $"cldr-localenames-full/main/{c}/territories.json")
            .GetProperty("main").GetProperty(c).GetProperty("localeDisplayNames").GetProperty("territories"));

        var territories = new StringBuilder("code,alpha2," + string.Join(',', Cultures) + "\n");
        foreach (var (two, three) in alpha3.OrderBy(p => p.Value, StringComparer.Ordinal))
        {
            if (!names["en"].TryGetProperty(two, out _))
            {
                continue;
            }

            territories.Append(three).Append(',').Append(two);
            foreach (var culture in Cultures)
            {
                territories.Append(',').Append(Csv(names[culture].TryGetProperty(two, out var n) ? n.GetString()! : ""));
            }

            territories.Append('\n');
        }

        var numbers = new StringBuilder("culture,decimal,group,percent\n");
        var months = new StringBuilder("culture," + string.Join(',', Enumerable.Range(1, 12)) + "\n");
        foreach (var culture in Cultures)
        {
            var n = Read(cldrRoot, $"cldr-numbers-full/main/{culture}/numbers.json").GetProperty("main").GetProperty(culture).GetProperty("numbers");
            var symbols = n.GetProperty("symbols-numberSystem-latn");
            numbers.Append(culture).Append(',').Append(Csv(symbols.GetProperty("decimal").GetString()!)).Append(',')
                .Append(Csv(symbols.GetProperty("group").GetString()!)).Append(',')
                .Append(Csv(n.GetProperty("percentFormats-numberSystem-latn").GetProperty("standard").GetString()!)).Append('\n');
            var m = Read(cldrRoot, $"cldr-dates-full/main/{culture}/ca-gregorian.json").GetProperty("main").GetProperty(culture)
                .GetProperty("dates").GetProperty("calendars").GetProperty("gregorian").GetProperty("months").GetProperty("stand-alone").GetProperty("abbreviated");
            months.Append(culture);
            for (var i = 1; i <= 12; i++)
            {
                months.Append(',').Append(Csv(m.GetProperty(i.ToString(CultureInfo.InvariantCulture)).GetString()!));
            }

            months.Append('\n');
        }

        var versions = Packages.Select(p => $"- `{p}` {Read(cldrRoot, p + "/package.json").GetProperty("version").GetString()}").ToList();
        var provenance = $"""
            # Where these tables come from

            Derived from the Unicode Common Locale Data Repository (CLDR) by `dotnet run --project Dashboard.Web -- derive-cldr --cldr <folder>`,
            where the folder holds the npm packages below (`npm install cldr-core@48.2.0 cldr-localenames-full@48.2.0 cldr-numbers-full@48.2.0 cldr-dates-full@48.2.0`):

            {string.Join('\n', versions)}

            - `territories.csv`: every region CLDR maps to an ISO 3166-1 alpha-3 code (`codeMappings`), with its alpha-2 code and its
              name in each culture (`localeDisplayNames/territories`; empty where CLDR has none for that culture).
            - `numbers.csv`: the Latin-digit decimal and group symbols and the standard percent pattern of each culture.
            - `months.csv`: the stand-alone abbreviated month names of the Gregorian calendar ("Nov", "нояб.", "Kas").

            Cultures: {string.Join(", ", Cultures)}. Data: Copyright © Unicode, Inc., under the Unicode License v3 (`LICENSE-CLDR.txt`).
            """;

        Directory.CreateDirectory(outFolder);
        var written = new List<string>();
        void Write(string name, string text)
        {
            var path = Path.Combine(outFolder, name);
            File.WriteAllText(path, text.ReplaceLineEndings("\n"), new UTF8Encoding(false));
            written.Add(path);
        }

        Write("territories.csv", territories.ToString());
        Write("numbers.csv", numbers.ToString());
        Write("months.csv", months.ToString());
        Write("PROVENANCE.md", provenance + "\n");
        Write("LICENSE-CLDR.txt", File.ReadAllText(Path.Combine(cldrRoot, "cldr-core", "LICENSE")));
        return written;
    }

    private static JsonElement Read(string root, string relative)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, relative)));
        return doc.RootElement.Clone();
    }

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
