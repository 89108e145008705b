using System.Buffers;
using System.Globalization;

namespace Dashboard.Data.Import;

/// <summary>
/// The characters no imported text may hold: C0 controls other than tab and line breaks (a quoted field may span
/// lines), U+007F, the noncharacters U+FFFE and U+FFFF, and the bidirectional overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069), which make a name, unit or note display as something else than it is and break
/// XML, terminals and logs. They are refused where a file is read, with the line, column and character.
/// </summary>
public static class TextSafety
{
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F" +
        "\uFFFE\uFFFF\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>The index of the first forbidden character, or -1.</summary>
    public static int IndexOfForbidden(string text) => text.AsSpan().IndexOfAny(Forbidden);

    /// <summary>The rule a field with a forbidden character at <paramref name="index"/> breaks, naming the character and where it is.</summary>
    public static string Rule(string text, int index) => string.Create(CultureInfo.InvariantCulture,
        $"has the character U+{(int)text[index]:X4} ({Name(text[index])}) at character {index + 1}: control characters (other than tab and line breaks), U+FFFE/U+FFFF and bidirectional overrides or isolates are not allowed in data; delete it and import again");

    /// <summary>The text with every forbidden character shown as its code (<c>\u202E</c>), for messages that quote it.</summary>
    public static string Show(string text)
    {
        if (IndexOfForbidden(text) < 0)
        {
            return text;
        }

        var sb = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(Forbidden.Contains(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c.ToString());
        }

        return sb.ToString();
    }

    private static string Name(char c) => c switch
    {
        '\u0000' => "NUL",
        '\u001B' => "ESC",
        '\u007F' => "DEL",
        '\uFFFE' or '\uFFFF' => "a noncharacter",
        >= '\u202A' and <= '\u202E' => "a bidirectional override",
        >= '\u2066' and <= '\u2069' => "a bidirectional isolate",
        _ => "a control character",
    };
}
