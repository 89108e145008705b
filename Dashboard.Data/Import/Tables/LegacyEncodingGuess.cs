using System.Text;

namespace Dashboard.Data.Import.Tables;

/// <summary>
/// Tells a Windows-1251 (Cyrillic) file from a Windows-1252 (Western European) one, and refuses when it cannot.
/// Both put letters in bytes 0xC0–0xFF, so the bytes alone do not say; the words do. Cyrillic text read as 1252 gives
/// words made only of accented Latin letters ("Êàçàõñòàí"); Latin text read as 1251 gives words that mix Latin and
/// Cyrillic letters ("Tьrkiye"). A reading counts as plausible when almost none of its words look like that. When
/// both or neither reading is plausible, when a byte has no character in the reading, or when a 1252 reading has
/// letters that in Windows-1254 are Turkish (ğ ı ş İ Ş Ğ), the user is asked for the encoding.
/// </summary>
public static class LegacyEncodingGuess
{
    /// <summary>Bytes looked at: enough for any real header and many rows.</summary>
    public const int SampleBytes = 4 * 1024 * 1024;

    private static readonly System.Buffers.SearchValues<char> Icelandic = System.Buffers.SearchValues.Create("ÐÝÞðýþ");

    public static Encoding Cyrillic { get; } = Get(1251);

    public static Encoding Western { get; } = Get(1252);

    /// <summary>The encoding and why, or null with <paramref name="problem"/> saying what the user must decide.</summary>
    public static (Encoding Encoding, string Name, string Reason)? Decide(ReadOnlySpan<byte> sample, out string? problem)
    {
        problem = null;
        var cyrillic = Cyrillic.GetString(sample);
        var western = Western.GetString(sample);
        if (cyrillic == western)
        {
            return (Western, "Windows-1252", "its only non-ASCII characters read the same in Windows-1251");
        }

        var c = ScoreCyrillic(cyrillic);
        var w = ScoreWestern(western);
        var cyrillicOk = !HasUndefined(cyrillic) && Plausible(c);
        var westernOk = !HasUndefined(western) && Plausible(w);
        if (cyrillicOk && !westernOk)
        {
            return (Cyrillic, "Windows-1251", "not UTF-8; Cyrillic text");
        }

        if (westernOk && !cyrillicOk && !western.AsSpan().ContainsAny(Icelandic))
        {
            return (Western, "Windows-1252", "not UTF-8; Latin text with accents");
        }

        problem = "is not UTF-8, and which 8-bit encoding it uses cannot be told for sure: " + Example(sample, cyrillic, western, westernOk) +
                  ". Give the encoding (--encoding windows-1251, windows-1252 or windows-1254 on the command line; 'Encoding' on the upload form), or save the file as CSV UTF-8";
        return null;
    }

    private static Encoding Get(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFF"));
    }

    private static bool Plausible((int Good, int Bad) score) => score.Good > 0 && score.Bad * 20 <= score.Good;

    private static bool HasUndefined(string text) => text.AsSpan().Contains('\uFFFF') || text.AsSpan().ContainsAnyInRange('\u0080', '\u009F');

    /// <summary>Words with Cyrillic letters only are good; words mixing them with Latin letters, or "кАЗАХСТАН" (KOI8-R read as 1251), are bad.</summary>
    private static (int Good, int Bad) ScoreCyrillic(string text)
    {
        int good = 0, bad = 0;
        foreach (var word in Words(text))
        {
            var cyr = word.Count(IsCyrillic);
            if (word.Length < 2 || (cyr == 0 && !HasNonAscii(word)))
            {
                continue;
            }

            var inverted = word.Length >= 3 && char.IsLower(word[0]) && word.Skip(1).All(char.IsUpper);
            if (cyr == word.Length && !inverted)
            {
                good++;
            }
            else
            {
                bad++;
            }
        }

        return (good, bad);
    }

    /// <summary>Words with accented letters and at least one plain Latin letter are good; words of accented letters only are bad.</summary>
    private static (int Good, int Bad) ScoreWestern(string text)
    {
        int good = 0, bad = 0;
        foreach (var word in Words(text))
        {
            if (word.Length < 2 || !HasNonAscii(word))
            {
                continue;
            }

            if (word.Any(char.IsAsciiLetter))
            {
                good++;
            }
            else
            {
                bad++;
            }
        }

        return (good, bad);
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    private static bool HasNonAscii(string word) => word.Any(ch => ch > '\u007F');

    /// <summary>The first line with a non-ASCII byte, read both ways.</summary>
    private static string Example(ReadOnlySpan<byte> sample, string cyrillic, string western, bool westernOk)
    {
        var first = sample.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
        var counter = new LineCounter();
        foreach (var b in sample[..Math.Max(0, first)])
        {
            counter.Advance((char)b);
        }

        var start = Math.Max(0, first - 20);
        var length = Math.Min(60, cyrillic.Length - start);
        var asCyrillic = cyrillic.Substring(start, length).ReplaceLineEndings(" ").Trim();
        var asWestern = western.Substring(start, length).ReplaceLineEndings(" ").Trim();
        var turkish = westernOk ? " (ð ý þ in Windows-1252 are ğ ı ş in Windows-1254, Turkish)" : string.Empty;
        return $"line {counter.Line} reads '{asCyrillic}' as Windows-1251 and '{asWestern}' as Windows-1252{turkish}";
    }
}
