using System.Globalization;
using System.Text;

namespace Dashboard.Web.Text;

/// <summary>
/// The one escaping rule for text from outside (request paths, uploaded file names, dataset ids, errors quoting a
/// file's cells) on its way into a log line: control characters (C0, DEL, C1: NUL, CR, LF, ESC, U+0085 …), the
/// Unicode line and paragraph separators, bidi overrides and isolates (<see cref="UnsafeText"/>) and unpaired
/// surrogates are written as <c>\uXXXX</c>, and backslashes doubled so an escape in the input cannot pass for one of
/// ours. A client can then neither forge log lines nor send a terminal escape sequence, whatever sink prints them.
/// </summary>
public static class LogText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        if (!NeedsEscape(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (c == '\\')
            {
                sb.Append(@"\\");
            }
            else if (IsEscaped(c))
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static bool NeedsEscape(string text)
    {
        foreach (var c in text)
        {
            if (c == '\\' || IsEscaped(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Written as <c>\uXXXX</c> (a surrogate only when unpaired: <see cref="Escape"/> passes pairs through first).</summary>
    private static bool IsEscaped(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' || UnsafeText.IsUnsafe(c) || char.IsSurrogate(c);
}
