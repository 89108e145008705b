using System.Globalization;

namespace Dashboard.Web.Admin;

/// <summary>
/// What makes an admin token too weak to start with: short, few different characters ("aaaa…", "abab…",
/// "password…"), whitespace at either end (a copy-paste slip that Bearer headers would trim off), control
/// characters, or too few bits by an entropy estimate (<see cref="EstimatedBits"/>: "password12345678",
/// "1234567890123456", "abcdefghijklmnop"). Messages never repeat the token.
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

        var bits = EstimatedBits(token);
        if (bits < AdminOptions.MinTokenBits)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"Admin:Token is too predictable: it is worth about {bits:0} bits by an estimate that counts common words, runs such as abc or 123, keyboard rows and repeats as little; a token needs at least {AdminOptions.MinTokenBits}.");
        }

        return null;
    }

    /// <summary>
    /// A rough guess of how many bits of guessing <paramref name="token"/> is worth, in the spirit of zxcvbn: read left
    /// to right, a common word, a run of neighbouring characters (abc, 987, qwerty) or of one character, and a repeat of
    /// an earlier part each cost only a few bits, whatever their length; any other character costs log2 of the
    /// alphabet the token draws from (lower case, upper case, digits, symbols, other). Random tokens keep almost all
    /// their bits; words with digits appended lose most of theirs.
    /// </summary>
    public static double EstimatedBits(string token)
    {
        var alphabet = (token.Any(char.IsAsciiLetterLower) ? 26 : 0) + (token.Any(char.IsAsciiLetterUpper) ? 26 : 0)
            + (token.Any(char.IsAsciiDigit) ? 10 : 0) + (token.Any(c => c < 128 && !char.IsAsciiLetterOrDigit(c)) ? 33 : 0)
            + (token.Any(c => c >= 128) ? 100 : 0);
        var perCharacter = Math.Log2(Math.Max(alphabet, 2));
        var bits = 0.0;
        for (var i = 0; i < token.Length;)
        {
            var (length, cost) = Pattern(token, i, perCharacter);
            if (length >= 3)
            {
                bits += cost;
                i += length;
            }
            else
            {
                bits += perCharacter;
                i++;
            }
        }

        return bits;
    }

    /// <summary>The longest pattern starting at <paramref name="start"/> (length 0 when none) and what it costs in bits.</summary>
    private static (int Length, double Cost) Pattern(string token, int start, double perCharacter)
    {
        var best = (Length: 0, Cost: 0.0);
        void Consider(int length, double cost)
        {
            if (length >= 3 && (length > best.Length || (length == best.Length && cost < best.Cost)))
            {
                best = (length, cost);
            }
        }

        var rest = token.AsSpan(start);
        foreach (var word in CommonWords)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                Consider(word.Length, Math.Log2(CommonWords.Length) + (rest[..word.Length].ContainsAnyInRange('A', 'Z') ? 1 : 0));
            }
        }

        Consider(Run(rest, (a, b) => a == b), perCharacter + Math.Log2(token.Length));
        foreach (var step in (int[])[1, -1])
        {
            var length = Run(rest, (a, b) => char.ToLowerInvariant(b) - char.ToLowerInvariant(a) == step && char.IsAsciiLetterOrDigit(a) && char.IsAsciiLetterOrDigit(b));
            Consider(length, Math.Log2(36) + 1 + Math.Log2(Math.Max(length, 1)));
            foreach (var row in KeyboardRows)
            {
                length = Run(rest, (a, b) => row.IndexOf(char.ToLowerInvariant(a), StringComparison.Ordinal) is var ia && ia >= 0 &&
                    row.IndexOf(char.ToLowerInvariant(b), StringComparison.Ordinal) - ia == step);
                Consider(length, Math.Log2(36) + 1 + Math.Log2(Math.Max(length, 1)));
            }
        }

        // A repeat of an earlier part ("abcabc", "passwordpassword"): where it was and how long.
        for (var length = rest.Length; length >= 3; length--)
        {
            if (token.AsSpan(0, start).IndexOf(rest[..length], StringComparison.Ordinal) >= 0)
            {
                Consider(length, Math.Log2(Math.Max(start, 2)) + Math.Log2(length));
                break;
            }
        }

        return best;
    }

    /// <summary>How many characters from the start of <paramref name="text"/> follow each other by <paramref name="next"/>.</summary>
    private static int Run(ReadOnlySpan<char> text, Func<char, char, bool> next)
    {
        var length = text.Length == 0 ? 0 : 1;
        while (length < text.Length && next(text[length - 1], text[length]))
        {
            length++;
        }

        return length;
    }

    private static readonly string[] KeyboardRows = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"];

    /// <summary>The words people put into passwords most (lists of leaked passwords), and this app's own names.</summary>
    private static readonly string[] CommonWords =
    [
        "password", "passwort", "passw0rd", "admin", "administrator", "root", "token", "secret", "letmein", "welcome",
        "qwerty", "login", "master", "dragon", "monkey", "shadow", "sunshine", "princess", "football", "baseball",
        "iloveyou", "trustno1", "superman", "batman", "changeme", "default", "hello", "test", "guest", "user",
        "access", "geoai", "dashboard", "china", "russia", "summer", "winter", "qazwsx", "abc", "pass",
    ];
}
