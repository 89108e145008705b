using System.Globalization;

namespace Dashboard.Web.Admin;

/// <summary>
/// What makes an admin token too weak to start with: short, few different characters ("aaaa…", "abab…",
/// "password…"), whitespace at either end (a copy-paste slip that Bearer headers would trim off) or control
/// characters. Messages never repeat the token.
/// </summary>
public static class AdminTokenRules
{
    /// <summary>Why <paramref name="token"/> is refused, or null when it is acceptable.</summary>
    public static string? Problem(string token)
    {
        if (token.Length < AdminOptions.MinTokenLength)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"Admin:Token must be at least {AdminOptions.MinTokenLength} characters long (it has {token.Length}).");
        }

        var distinct = token.Distinct().Count();
        if (distinct < AdminOptions.MinDistinctCharacters)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"Admin:Token is too weak: it uses only {distinct} different character{(distinct == 1 ? "" : "s")}; a token needs at least {AdminOptions.MinDistinctCharacters}.");
        }

        if (char.IsWhiteSpace(token[0]) || char.IsWhiteSpace(token[^1]))
        {
            return "Admin:Token starts or ends with whitespace (a copy-paste slip?); remove it.";
        }

        if (token.Any(char.IsControl))
        {
            return "Admin:Token contains a control character (tab, newline, …); use printable characters only.";
        }

        return null;
    }
}
