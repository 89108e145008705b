using System.Security;
using System.Text.RegularExpressions;
using Dashboard.Web.Charts.Rendering;

namespace Dashboard.Web.Charts.Files;

/// <summary>
/// Tidies Skia's SVG so other tools take it: a font-family list with generic fallbacks instead of one family name,
/// a viewBox and a &lt;title&gt;, text content on one line, and no trailing separators in glyph position lists.
/// Skia embeds no fonts, imports or external URLs, so the result is standalone.
/// </summary>
public static partial class SvgPostProcessor
{
    /// <summary>The tidied SVG; <paramref name="culture"/> becomes its <c>xml:lang</c> (the language of its words).</summary>
    public static string Process(string svg, string title, string culture = "en")
    {
        var s = FontFamily().Replace(svg, $"font-family=\"{ChartFonts.SvgFontFamily}\"");
        s = TrailingSeparator().Replace(s, "$1$2\"");
        s = TextContent().Replace(s, m => ">" + m.Groups[1].Value.Trim() + "</text>");
        var open = SvgOpen().Match(s);
        if (open.Success)
        {
            var width = open.Groups["w"].Value;
            var height = open.Groups["h"].Value;
            var tag = open.Value.TrimEnd('>').TrimEnd() + $" viewBox=\"0 0 {width} {height}\" role=\"img\" xml:lang=\"{SecurityElement.Escape(culture)}\">";
            s = s[..open.Index] + tag + "\n\t<title>" + SecurityElement.Escape(title) + "</title>" + s[(open.Index + open.Length)..];
        }

        if (!s.TrimEnd().EndsWith("</svg>", StringComparison.Ordinal))
        {
            s = s.TrimEnd() + "\n</svg>";
        }

        return s.TrimEnd() + "\n";
    }

    [GeneratedRegex("font-family=\"[^\"]*\"")]
    private static partial Regex FontFamily();

    [GeneratedRegex("(\\s[xy]=\")([^\"]*?)[,\\s]+\"")]
    private static partial Regex TrailingSeparator();

    [GeneratedRegex(">\\s*\\n\\s*([^<]*?)\\s*</text>")]
    private static partial Regex TextContent();

    [GeneratedRegex("<svg [^>]*width=\"(?<w>[0-9.]+)\" height=\"(?<h>[0-9.]+)\"[^>]*>")]
    private static partial Regex SvgOpen();
}
