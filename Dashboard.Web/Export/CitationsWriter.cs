using System.Globalization;
using System.Text;
using Dashboard.Data.Model;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Text;

namespace Dashboard.Web.Export;

/// <summary>
/// Writes <c>CITATIONS.md</c> for a briefing pack: per chart its files, permalink and full references, then every
/// reference once, the data version and the date, and how to cite the pack.
/// </summary>
public static class CitationsWriter
{
    public const string FileName = "CITATIONS.md";

    public static string Write(IReadOnlyList<ExportedChart> entries, string dataVersion, DateTimeOffset generated)
    {
        var date = generated.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var md = new StringBuilder();
        md.Append("# Citations — GeoAI Dashboard briefing pack\n\n");
        md.Append(CultureInfo.InvariantCulture, $"Generated {date} (UTC) from data version `{dataVersion}`. ");
        md.Append("Every figure in this pack carries its source on the image; the references below are the full ones.");
        if (entries.Any(e => e.Permalink.StartsWith('/')))
        {
            md.Append(" Permalinks are relative to the dashboard's address (e.g. `http://localhost:5080`).");
        }

        md.Append("\n\n");

        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            md.Append(CultureInfo.InvariantCulture, $"## {i + 1}. {Escape(e.Spec.Title)}\n\n");
            md.Append(CultureInfo.InvariantCulture, $"- Shows: {Escape(Describe(e.Spec))}\n");
            md.Append(CultureInfo.InvariantCulture, $"- Unit: {Escape(e.Spec.Unit)}\n");
            md.Append("- Files: ").Append(string.Join(", ", e.Files.Select(f => "`" + f.Name + "`"))).Append('\n');
            md.Append(CultureInfo.InvariantCulture, $"- Permalink: {Link(e.Permalink, allowRelative: true)}\n");
            md.Append(CultureInfo.InvariantCulture, $"- On the image: {Escape(e.Spec.Footer.Text)}\n");
            md.Append("- Sources:\n");
            foreach (var s in e.Spec.Sources)
            {
                md.Append("  - ").Append(Reference(s)).Append('\n');
            }

            md.Append('\n');
        }

        md.Append("## All references\n\n");
        foreach (var s in entries.SelectMany(e => e.Spec.Sources).DistinctBy(s => s.Id).OrderBy(s => s.Citation, StringComparer.Ordinal))
        {
            md.Append("- ").Append(Reference(s)).Append('\n');
        }

        md.Append("\n## How to cite\n\n");
        md.Append("Cite the original sources above for the numbers. For the figures: GeoAI Dashboard, ");
        md.Append(CultureInfo.InvariantCulture, $"data version `{dataVersion}`, exported {date}, with the permalink of each figure.\n");
        return md.ToString();
    }

    /// <summary>"China, Russia; 1993–2026" — entities and period span of a chart.</summary>
    public static string Describe(ChartSpec spec)
    {
        var who = spec.EntityNames.Count == 0 ? "all entities" : string.Join(", ", spec.EntityNames);
        if (spec.Periods.Count == 0)
        {
            return who + "; no dated values";
        }

        var (first, last) = (spec.Periods.Min(p => p.StartYear), spec.Periods.Max(p => p.EndYear));
        var when = first == last ? first.ToString(CultureInfo.InvariantCulture) : FormattableString.Invariant($"{first}–{last}");
        return who + "; " + when;
    }

    /// <summary>A full reference (<see cref="SourceReference.Full"/>) escaped for Markdown, its URL as an autolink.</summary>
    public static string Reference(Source s) => SourceReference.Full(s, Escape, u => Link(u, allowRelative: false));

    /// <summary>
    /// A Markdown autolink <c>&lt;url&gt;</c> with every character that could end or break it (space, quotes, angle
    /// brackets, backtick, control characters, bidi overrides, unpaired surrogates) percent-encoded; a URL that is not absolute http(s) (or, for permalinks,
    /// site-relative) is written as escaped text instead, so it never becomes a link.
    /// </summary>
    public static string Link(string url, bool allowRelative)
    {
        var isHttp = url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        var isSiteRelative = allowRelative && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);
        if (!isHttp && !isSiteRelative)
        {
            return Escape(url);
        }

        var sb = new StringBuilder(url.Length + 2).Append('<');
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (char.IsHighSurrogate(c) && i + 1 < url.Length && char.IsLowSurrogate(url[i + 1]))
            {
                sb.Append(c).Append(url[++i]);
            }
            else if (c <= ' ' || char.IsControl(c) || UnsafeText.IsUnsafe(c) || char.IsSurrogate(c) || c is '<' or '>' or '"' or '\'' or '`' or '\\')
            {
                // An unpaired surrogate encodes as U+FFFD.
                foreach (var b in Encoding.UTF8.GetBytes(c.ToString()))
                {
                    sb.Append(CultureInfo.InvariantCulture, $"%{b:X2}");
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.Append('>').ToString();
    }

    /// <summary>
    /// Backslash-escapes Markdown syntax so a citation or name stays plain text (no injected links or HTML), with line
    /// breaks as spaces and unsafe characters (controls, bidi overrides, <see cref="UnsafeText"/>) dropped.
    /// </summary>
    public static string Escape(string text)
    {
        text = UnsafeText.Strip(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '!')
            {
                sb.Append('\\');
            }

            sb.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return sb.ToString();
    }
}
