using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Localization;

/// <summary>
/// The pages' texts files against the sources: every English text the pages ask for (<c>T["…"]</c> in the views,
/// <c>.T("…")</c> and <c>.F("…")</c> in the page code) has a Russian and a Turkish translation, so a missing one fails
/// the build even on a page no crawl reaches; and each file is sound JSON with the same placeholders as its key.
/// </summary>
public sealed partial class PageTextsTests
{
    private static readonly string[] Cultures = ["ru", "tr"];

    private static string PagesFolder => Path.Combine(RepoPaths.Root, "Dashboard.Web", "Pages");

    private static string TextsFile(string culture) => Path.Combine(RepoPaths.Root, "Dashboard.Web", "Localization", "Texts", culture + ".pages.json");

    [Fact]
    public void Keys_UsedByThePages_AreInTheSourcesScan()
    {
        // The scan itself: it must see the texts it is meant to see, or the next test would pass on nothing.
        var keys = UsedKeys();

        Assert.True(keys.Count > 200, $"only {keys.Count} texts found in Pages/");
        Assert.Contains("Compare countries and periods", keys.Keys);
        Assert.Contains("Showing {0} of {1} events", keys.Keys);
        Assert.Contains("Page not found", keys.Keys);
        Assert.Contains("{0} observations [few]", keys.Keys);
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("tr")]
    public void Keys_UsedByThePages_AreTranslated(string culture)
    {
        var texts = Read(culture);

        var missing = UsedKeys().Where(k => !texts.ContainsKey(k.Key)).Select(k => $"{k.Value}: \"{k.Key}\"").ToList();

        Assert.True(missing.Count == 0, $"{culture}.pages.json lacks:\n" + string.Join("\n", missing));
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("tr")]
    public void TextsFile_EachEntry_IsUniqueNonEmptyAndKeepsThePlaceholders(string culture)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(TextsFile(culture)));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            var text = entry.Value.GetString() ?? "";
            if (!seen.Add(entry.Name))
            {
                problems.Add("twice: " + entry.Name);
            }

            if (text.Trim().Length == 0)
            {
                problems.Add("empty: " + entry.Name);
            }

            if (!Placeholders(entry.Name).SetEquals(Placeholders(text)))
            {
                problems.Add($"placeholders differ: \"{entry.Name}\" → \"{text}\"");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Every literal text the page sources ask for, with the file that asks (admin pages are English only).</summary>
    private static Dictionary<string, string> UsedKeys()
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(PagesFolder, "*.cs*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(PagesFolder, file).Replace('\\', '/');
            if (relative.StartsWith("Admin/", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match m in TextCall().Matches(File.ReadAllText(file)))
            {
                keys.TryAdd(Regex.Unescape(m.Groups[1].Value), relative);
            }
        }

        return keys;
    }

    private static Dictionary<string, string> Read(string culture) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllBytes(TextsFile(culture)))!;

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    // T["…"] in views, .T("…") / .F("…") in page code; the text is a C# string literal.
    [GeneratedRegex(@"(?:\bT\[|\.T\(|\.F\()\s*""((?:[^""\\]|\\.)*)""")]
    private static partial Regex TextCall();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
