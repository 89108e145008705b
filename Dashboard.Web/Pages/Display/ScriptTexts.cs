using System.Text.Json;
using Dashboard.Web.Localization;

namespace Dashboard.Web.Pages.Display;

/// <summary>
/// The words the page scripts write (<c>wwwroot/js</c>, through <c>GeoTexts</c> in <c>texts.js</c>), as the JSON data
/// block a page in another language carries: English text → translation. English pages need none.
/// </summary>
public static class ScriptTexts
{
    /// <summary>Every text a public page's script writes (a test reads the scripts and checks they use only these).</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "Copied.",
        "Select the code and copy it.",
        "Values: arrow keys (up, down) step through the countries.",
        "Values: arrow keys step through the points (left, right) and the series (up, down).",
        "Show all {0} series",
        "(as stated: {0})",
        "Source: {0}",
        "Download {0} · {1}×{2} px",
        "Slide through the periods",
        "Reveal {0} →",
        "Next →",
    ];

    /// <summary>The data block's JSON (HTML-safe: &lt;, &gt; and &amp; are escaped), or null for English.</summary>
    public static string? Json(Language language) =>
        language.IsEnglish ? null : JsonSerializer.Serialize(Keys.ToDictionary(k => k, language.T, StringComparer.Ordinal));
}
