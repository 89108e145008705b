using System.Text.RegularExpressions;

namespace Dashboard.Web.Charts;

/// <summary>
/// Derives a short citation for chart footers from a full one: "Surname &amp; Surname (2023)", "Surname et al. (2020)",
/// an organisation's acronym ("SIPRI") or its name up to the first full stop.
/// </summary>
public static partial class ShortCitation
{
    private const int MaxLength = 60;

    public static string From(string citation)
    {
        var text = citation.Trim();
        var year = YearInParentheses().Match(text);
        if (year.Success && year.Index > 0)
        {
            var authors = text[..year.Index].Trim().TrimEnd('.', ',').Trim();
            if (authors.Length <= MaxLength && !authors.Any(char.IsDigit))
            {
                var names = Surnames(authors);
                if (names.Count > 0)
                {
                    var who = names.Count switch
                    {
                        1 => names[0],
                        2 => $"{names[0]} & {names[1]}",
                        _ => $"{names[0]} et al.",
                    };
                    return $"{who} ({year.Groups[1].Value})";
                }
            }
        }

        var firstSentence = FirstSentence(text);
        var acronym = Acronym().Match(firstSentence);
        if (acronym.Success)
        {
            return acronym.Groups[1].Value;
        }

        var bracket = firstSentence.IndexOf(" (", StringComparison.Ordinal);
        if (bracket > 0)
        {
            firstSentence = firstSentence[..bracket];
        }

        return firstSentence.Length <= MaxLength ? firstSentence : firstSentence[..(MaxLength - 1)].TrimEnd() + "…";
    }

    private static List<string> Surnames(string authors)
    {
        // "Hoagland, R., Wolkov, N., & Karibayeva, A." → Hoagland, Wolkov, Karibayeva; initials are dropped.
        var parts = authors.Split([",", "&", " and "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Where(p => !IsInitials(p) && p.Length > 1).ToList();
    }

    private static bool IsInitials(string part) =>
        part.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).All(t => t.Length <= 3 && t.EndsWith('.'));

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        var sentence = end > 0 ? text[..end] : text.TrimEnd('.');
        return sentence.Trim();
    }

    [GeneratedRegex(@"\((\d{4})\)")]
    private static partial Regex YearInParentheses();

    [GeneratedRegex(@"\(([A-Z][A-Z0-9]{1,9})\)")]
    private static partial Regex Acronym();
}
