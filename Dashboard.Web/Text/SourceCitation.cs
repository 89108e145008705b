using System.Text.RegularExpressions;

namespace Dashboard.Web.Text;

/// <summary>
/// The one reading of a citation into short labels: "Surname &amp; Surname (2023)" for chart footers
/// (<see cref="Footer"/>), "Surname &amp; Surname 2023" for sentences and tables (<see cref="AuthorYear"/>), and what a
/// locator of the paper cites (<see cref="CitedIn"/>). Authors come from a leading "Surnames (yyyy)"; otherwise an
/// acronym in brackets in the first sentence ("(SIPRI)"), else the first sentence up to a bracket.
/// </summary>
public static partial class SourceCitation
{
    private const int MaxLength = 60;

    /// <summary>"Kalkan Küçüksolak &amp; Fırat (2023)", "SIPRI", "TOP500.org".</summary>
    public static string Footer(string citation) =>
        Authors(citation) is ({ } who, { } year) ? $"{who} ({year})" : Fallback(citation);

    /// <summary>"Kalkan Küçüksolak &amp; Fırat 2023", "SIPRI", "TOP500.org".</summary>
    public static string AuthorYear(string citation) =>
        Authors(citation) is ({ } who, { } year) ? $"{who} {year}" : Fallback(citation);

    /// <summary>
    /// What a row of the paper cites, from a locator of the form "§2.1 Military Dynamics; Zanini 2022, p. 2" (the paper's
    /// rows name the section, then the source the paper cites): "Zanini 2022, p. 2" with <paramref name="keepPages"/>,
    /// else "Zanini 2022". Null when the locator names no section first or cites nothing.
    /// </summary>
    public static string? CitedIn(string locator, bool keepPages = false)
    {
        var parts = locator.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !parts[0].StartsWith('§'))
        {
            return null;
        }

        var cited = string.Join("; ", parts.Skip(1).Select(p => keepPages ? p : PageSuffix().Replace(p, string.Empty)));
        return cited.Length == 0 ? null : cited;
    }

    /// <summary>Whether a locator of another source names the source with this citation as the one it cites.</summary>
    public static bool IsCitedIn(string citation, string locator)
    {
        if (CitedIn(locator) is not { } cited)
        {
            return false;
        }

        var label = AuthorYear(citation);
        return cited.Split("; ", StringSplitOptions.TrimEntries)
            .Any(part => part.Length >= 3 && (part == label || label.StartsWith(part + " ", StringComparison.Ordinal)));
    }

    private static (string? Who, string? Year) Authors(string citation)
    {
        var match = AuthorYearPattern().Match(citation.Trim());
        if (!match.Success)
        {
            return (null, null);
        }

        // "Hoagland, R., Wolkov, N., & Karibayeva, A." → Hoagland, Wolkov, Karibayeva; initials are dropped.
        var names = match.Groups["authors"].Value
            .Split([",", "&", " and "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(n => !Initials().IsMatch(n))
            .Select(n => n.TrimEnd('.').Trim())
            .Where(n => n.Length > 1)
            .ToList();
        var who = names.Count switch
        {
            0 => null,
            1 => names[0],
            2 => names[0] + " & " + names[1],
            _ => names[0] + " et al.",
        };
        return (who, who is null ? null : match.Groups["year"].Value);
    }

    private static string Fallback(string citation)
    {
        var text = citation.Trim();
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        var sentence = (end > 0 ? text[..end] : text.TrimEnd('.')).Trim();
        if (Acronym().Match(sentence) is { Success: true } acronym)
        {
            // "Stockholm International Peace Research Institute (SIPRI)" reads as "SIPRI".
            return acronym.Groups[1].Value;
        }

        var bracket = sentence.IndexOf(" (", StringComparison.Ordinal);
        if (bracket > 0)
        {
            sentence = sentence[..bracket];
        }

        return sentence.Length <= MaxLength ? sentence : sentence[..(MaxLength - 1)].TrimEnd() + "…";
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
