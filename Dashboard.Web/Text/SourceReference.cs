using Dashboard.Data.Model;

namespace Dashboard.Web.Text;

/// <summary>
/// The one full reference of a source: citation, publisher, edition, licence, URL and access date when known, as
/// sentences ("Citation. Publisher: X. Licence: Y. https://…. Accessed 2024-05-01."). CITATIONS.md escapes it for
/// Markdown; a deck's notes and Sources slide use it as plain text.
/// </summary>
public static class SourceReference
{
    /// <summary>
    /// The reference with every text part passed through <paramref name="text"/> and the URL through
    /// <paramref name="url"/>; with <paramref name="url"/> null the URL is left out (the caller shows it as a link).
    /// </summary>
    public static string Full(Source s, Func<string, string>? text = null, Func<string, string>? url = null)
    {
        text ??= t => t;
        var parts = new List<string> { text(s.Citation) };
        if (!string.IsNullOrEmpty(s.Publisher))
        {
            parts.Add("Publisher: " + text(s.Publisher));
        }

        if (!string.IsNullOrEmpty(s.Edition))
        {
            parts.Add("Edition: " + text(s.Edition));
        }

        if (!string.IsNullOrEmpty(s.Licence))
        {
            parts.Add("Licence: " + text(s.Licence));
        }

        if (!string.IsNullOrEmpty(s.Url) && url is not null)
        {
            parts.Add(url(s.Url));
        }

        if (!string.IsNullOrEmpty(s.Accessed))
        {
            parts.Add("Accessed " + text(s.Accessed));
        }

        return string.Join(". ", parts.Select(p => p.TrimEnd('.'))) + ".";
    }

    /// <summary>The plain-text reference with its URL.</summary>
    public static string Plain(Source s) => Full(s, url: u => u);
}
