using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Tests.Support;
using Dashboard.Web.Localization;
using Dashboard.Web.Pages.Display;

namespace Dashboard.Tests.Localization;

/// <summary>The words the public pages' scripts write come from the page's language, like every other word.</summary>
public sealed partial class ScriptTextsTests(ShippedDataFactory app) : IClassFixture<ShippedDataFactory>
{
    private static IEnumerable<(string File, string Text)> Scripts() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "Dashboard.Web", "wwwroot", "js"), "*.js")
            .Where(f => Path.GetFileName(f) != "admin.js")
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)));

    [Fact]
    public void Scripts_EveryTextTheyWrite_IsAScriptTextTranslatedIntoEveryCulture()
    {
        var used = Scripts().SelectMany(s => GeoTextCall().Matches(s.Text).Select(m => m.Groups[1].Value)).Distinct().ToList();
        Assert.True(used.Count >= 8, string.Join(" | ", used));
        Assert.All(used, key => Assert.Contains(key, ScriptTexts.Keys));
        foreach (var culture in Language.Cultures.Where(c => c != "en"))
        {
            Assert.All(ScriptTexts.Keys, key => Assert.True(TextCatalog.Shipped.Has(culture, key), $"{culture} lacks \"{key}\""));
        }
    }

    [Fact]
    public void Scripts_NoEnglishWordsWrittenDirectly()
    {
        // textContent / aria-label set to a literal that starts with a letter would bypass GeoTexts.
        var direct = Scripts().SelectMany(s => DirectText().Matches(s.Text).Select(m => s.File + ": " + m.Value)).ToList();
        Assert.True(direct.Count == 0, string.Join('\n', direct));
    }

    [Fact]
    public async Task Page_Russian_CarriesTheScriptTextsBeforeTheScripts()
    {
        using var client = app.CreateClient();
        var html = await client.GetStringAsync("/ru/indicators/top500-systems");
        var block = PageTexts().Match(html);
        Assert.True(block.Success);
        var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(block.Groups[1].Value)!;
        Assert.Equal("Скопировано.", texts["Copied."]);
        Assert.True(html.IndexOf("/js/texts.js", StringComparison.Ordinal) < html.IndexOf("/js/chart-values.js", StringComparison.Ordinal));
        Assert.DoesNotContain("id=\"page-texts\"", await client.GetStringAsync("/indicators/top500-systems"), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"GeoTexts\.[tf]\('((?:[^'\\]|\\.)*)'")]
    private static partial Regex GeoTextCall();

    [GeneratedRegex(@"(textContent|'aria-label'\s*,)\s*=?\s*'[A-Za-z][^']*'")]
    private static partial Regex DirectText();

    [GeneratedRegex("<script type=\"application/json\" id=\"page-texts\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex PageTexts();
}
