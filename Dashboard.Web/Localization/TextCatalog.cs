using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Dashboard.Web.Localization;

/// <summary>
/// Every word a reader sees, in each culture: JSON files per culture (<c>Localization/Texts/ru.pages.json</c>, <c>ru.charts.json</c>, embedded),
/// mapping the English text (a template with <c>{0}</c>… where values go) to its translation. English is the text
/// itself. Adding a culture is adding its file (and, for its numbers and country names, a row of the CLDR tables).
/// A text a culture lacks falls back to English and is recorded (<see cref="Misses"/>), so a test can fail on it; it
/// is never shown as a raw key.
/// </summary>
public sealed class TextCatalog
{
    private readonly Dictionary<string, Dictionary<string, string>> _texts;
    private readonly ConcurrentDictionary<(string Culture, string Text), byte> _misses = new();

    public TextCatalog(IReadOnlyDictionary<string, Dictionary<string, string>> texts)
    {
        _texts = texts.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        Cultures = [CldrCultures.English, .. _texts.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The catalog embedded in the app.</summary>
    public static TextCatalog Shipped { get; } = new(LoadEmbedded());

    /// <summary>The cultures with texts: English first, then one per file.</summary>
    public IReadOnlyList<string> Cultures { get; }

    /// <summary>English texts a culture asked for and did not have, since start.</summary>
    public IReadOnlyCollection<(string Culture, string Text)> Misses => _misses.Keys.ToList();

    public bool Supports(string? culture) => culture is not null && Cultures.Contains(culture, StringComparer.Ordinal);

    /// <summary>The text in <paramref name="culture"/>; English (recorded as a miss) when the culture lacks it.</summary>
    public string Text(string culture, string english)
    {
        if (culture == CldrCultures.English || string.IsNullOrEmpty(english))
        {
            return english;
        }

        if (_texts.TryGetValue(culture, out var texts) && texts.TryGetValue(english, out var translated))
        {
            return translated;
        }

        _misses.TryAdd((culture, english), 0);
        return english;
    }

    /// <summary>Whether <paramref name="culture"/> has its own text for <paramref name="english"/>.</summary>
    public bool Has(string culture, string english) =>
        culture == CldrCultures.English || (_texts.TryGetValue(culture, out var texts) && texts.ContainsKey(english));

    /// <summary>The template's text in <paramref name="culture"/> with the values put in (values are formatted by the caller).</summary>
    public string Format(string culture, string englishTemplate, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, Text(culture, englishTemplate), values);

    private static Dictionary<string, Dictionary<string, string>> LoadEmbedded()
    {
        const string Prefix = "Dashboard.Web.Localization.Texts.";
        var assembly = Assembly.GetExecutingAssembly();
        var texts = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            // "ru.json", "ru.pages.json", "ru.charts.json": one culture may keep its texts in several files.
            var file = name[Prefix.Length..^".json".Length];
            var culture = file.Split('.')[0];
            var part = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
            if (!texts.TryGetValue(culture, out var all))
            {
                texts[culture] = all = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            foreach (var (english, translated) in part)
            {
                if (!all.TryAdd(english, translated) && all[english] != translated)
                {
                    throw new InvalidOperationException($"Localization/Texts: \"{english}\" has two different {culture} translations.");
                }
            }
        }

        return texts;
    }
}
