using System.Text.RegularExpressions;

namespace Dashboard.Tests.Support;

/// <summary>
/// The paper's full text from <c>../shared/seed</c> (absent on a fresh clone), normalised for quoting: straight
/// apostrophes, unescaped dollar signs, one space for any run of white space. Tests that read it skip with
/// <see cref="MissingReason"/> where it is absent.
/// </summary>
public static partial class PaperText
{
    private static readonly Lazy<string?> Text = new(() =>
    {
        var seed = RepoPaths.Shared is { } shared ? Path.Combine(shared, "seed") : null;
        var file = seed is not null && Directory.Exists(seed) ? Directory.GetFiles(seed, "*.txt").FirstOrDefault() : null;
        return file is null ? null : Normalise(File.ReadAllText(file));
    });

    public static bool Available => Text.Value is not null;

    public static string MissingReason =>
        "the paper's text (../shared/seed/*.txt) is absent: its wording cannot be checked here (set GEOAI_SHARED to the shared folder)";

    /// <summary>The normalised text; only when <see cref="Available"/>.</summary>
    public static string Normalised => Text.Value ?? throw new InvalidOperationException(MissingReason);

    // The text file escapes dollar signs ("\\$58") and may break lines anywhere.
    public static string Normalise(string s) => WhiteSpace().Replace(s.Replace('’', '\'').Replace("\\$", "$", StringComparison.Ordinal), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
