using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Dashboard.Web.Pages.Display;

/// <summary>
/// A translated sentence with links in it: the template's text is encoded and each <c>{n}</c> replaced by the n-th
/// part (a link), so a translation can put the links where its grammar wants them.
/// </summary>
public static class LinkedText
{
    public static IHtmlContent Fill(string template, params IHtmlContent[] parts)
    {
        var html = new HtmlContentBuilder();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (open < 0 || close < 0 || !int.TryParse(template.AsSpan(open + 1, close - open - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n >= parts.Length)
            {
                html.Append(template[i..]);
                break;
            }

            html.Append(template[i..open]);
            html.AppendHtml(parts[n]);
            i = close + 1;
        }

        return html;
    }

    /// <summary>Plain text (a number, a name) to put in a template, encoded.</summary>
    public static IHtmlContent Text(string text) => new HtmlContentBuilder().Append(text);

    /// <summary>A link with encoded address and text (the address already resolved, e.g. by <c>Url.Content("~/sources")</c>).</summary>
    public static IHtmlContent Link(string? href, string text)
    {
        var e = HtmlEncoder.Default;
        return new HtmlString($"<a href=\"{e.Encode(href ?? "")}\">{e.Encode(text)}</a>");
    }
}
