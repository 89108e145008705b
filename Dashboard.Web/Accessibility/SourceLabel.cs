using System.Text.RegularExpressions;
using Dashboard.Data.Model;

namespace Dashboard.Web.Accessibility;

/// <summary>Short author–year labels for sources ("Kalkan Küçüksolak &amp; Fırat 2023", "Roberts et al. 2021").</summary>
public static partial class SourceLabel
{
    /// <summary>
    /// Author–year from a citation of the form "Surname, I., &amp; Surname, I. (2023). Title…"; otherwise an acronym in
    /// brackets in the first sentence ("(SIPRI)"), the publisher, or the citation's first sentence.
    /// </summary>
    public static string AuthorYear(Source source)
    {
        var match = AuthorYearPattern().Match(source.Citation);
        if (match.Success)
        {
            var names = match.Groups["authors"].Value
                .Split([',', '&'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(n => !Initials().IsMatch(n))
                .Select(n => n.TrimEnd('.').Trim())
                .Where(n => n.Length > 0)
                .ToList();
            var authors = names.Count switch
            {
                0 => null,
                1 => names[0],
                2 => names[0] + " & " + names[1],
                _ => names[0] + " et al.",
            };
            if (authors is not null)
            {
                return authors + " " + match.Groups["year"].Value;
            }
        }

        var firstSentence = source.Citation.Split(". ", 2)[0].Trim();
        if (Acronym().Match(firstSentence) is { Success: true } acronym)
        {
            // "Stockholm International Peace Research Institute (SIPRI)" reads as "SIPRI".
            return acronym.Groups[1].Value;
        }

        if (!string.IsNullOrWhiteSpace(source.Publisher))
        {
            return source.Publisher.Trim();
        }

        return firstSentence.Length <= 60 ? firstSentence : firstSentence[..57] + "…";
    }

    /// <summary>
    /// What the source itself cites, from a locator of the form "§2.1 Military Dynamics; Zanini 2022, p. 2"
    /// (the paper's rows name the section, then the source the paper cites): "Zanini 2022". Null when there is none.
    /// </summary>
    public static string? CitedIn(string locator)
    {
        // Only the paper's rows name a section first ("§2.1 …; Zanini 2022"); other locators use ';' for other things.
        var parts = locator.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !parts[0].StartsWith('§'))
        {
            return null;
        }

        var cited = string.Join("; ", parts.Skip(1).Select(p => PageSuffix().Replace(p, string.Empty)));
        return cited.Length == 0 ? null : cited;
    }

    /// <summary>
    /// Whether a locator of another source names this one as the source it cites ("§2.1 Military Dynamics; Zanini 2022, p. 2"
    /// names Zanini 2022): how the paper's rows credit the works the paper relies on.
    /// </summary>
    public static bool IsCitedIn(Source source, string locator)
    {
        var cited = CitedIn(locator);
        if (cited is null)
        {
            return false;
        }

        var label = AuthorYear(source);
        return cited.Split("; ", StringSplitOptions.TrimEntries)
            .Any(part => part.Length >= 3 && (part == label || label.StartsWith(part + " ", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"^(?<authors>[^()]+?)\s*\((?<year>\d{4})\)")]
    private static partial Regex AuthorYearPattern();

    [GeneratedRegex(@"\(([A-Z][A-Z0-9]{1,9})\)")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"^(\p{Lu}\.\s*-?)+$")]
    private static partial Regex Initials();

    [GeneratedRegex(@",\s*(p|pp)\.\s*[\d\-–]+$")]
    private static partial Regex PageSuffix();
}
