using System.Text;

namespace Dashboard.Web.Text;

/// <summary>
/// The characters no writer passes on from data (defence in depth: the importer refuses them, but a store written by
/// an older version, or any other path, may still hold them): C0 controls other than tab, line feed and carriage
/// return, DEL and the C1 controls, the noncharacters U+FFFE and U+FFFF, unpaired surrogates (none of them can be
/// written in XML 1.0, and a NUL ends a PNG text chunk), and the bidirectional embedding, override and isolate controls
/// U+202A–U+202E and U+2066–U+2069 (invisible, they reorder the text around them: a name could read as something else).
/// SVG, CSV, CITATIONS.md, PPTX and PNG text chunks drop them with <see cref="Strip"/>; log lines escape them
/// (<see cref="LogText"/>).
/// </summary>
public static class UnsafeText
{
    /// <summary>True for a character writers drop (a surrogate is judged with its neighbour by <see cref="Strip"/>).</summary>
    public static bool IsUnsafe(char c) =>
        (c < 0x20 && c is not ('\t' or '\n' or '\r'))
        || c is >= '\u007F' and <= '\u009F'
        || c is '\uFFFE' or '\uFFFF'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    /// <summary><paramref name="text"/> without its unsafe characters (the same string when it has none).</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = FirstUnsafe(text);
        if (i < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (!IsUnsafe(c) && !char.IsSurrogate(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The index of the first unsafe character or unpaired surrogate, or -1.</summary>
    private static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsUnsafe(c) || char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }
}
