using System.Text.RegularExpressions;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Docs;

/// <summary>
/// The README and the manual in docs/ link to each other and into the tree: every relative link names a file that
/// exists, and every #anchor a heading of that file (GitHub's rule: lower case, punctuation dropped, spaces to '-').
/// </summary>
public sealed partial class DocLinksTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in new[] { "README.md", "data/README.md" }.Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md")
                     .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)))
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Links_Document_EveryRelativeLinkAndAnchorResolves(string document)
    {
        var path = Path.Combine(RepoPaths.Root, document);
        var text = CodeSpan().Replace(CodeBlock().Replace(File.ReadAllText(path), ""), "");
        var broken = new List<string>();
        foreach (Match link in Link().Matches(text))
        {
            var target = link.Groups[1].Value;
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var file = hash < 0 ? target : target[..hash];
            var anchor = hash < 0 ? null : target[(hash + 1)..];
            var resolved = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, Uri.UnescapeDataString(file)));
            if (!File.Exists(resolved) && !Directory.Exists(resolved))
            {
                broken.Add($"{target}: no such file");
            }
            else if (anchor is not null && resolved.EndsWith(".md", StringComparison.Ordinal) && !Anchors(resolved).Contains(anchor))
            {
                broken.Add($"{target}: no heading for #{anchor}");
            }
        }

        Assert.True(broken.Count == 0, document + ": " + string.Join("; ", broken));
    }

    private static HashSet<string> Anchors(string markdown) =>
        File.ReadAllLines(markdown)
            .Where(l => l.StartsWith('#'))
            .Select(l => Punctuation().Replace(l.TrimStart('#').Trim().ToLowerInvariant(), "").Replace(' ', '-'))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\[[^\]]*\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex("```.*?```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex("`[^`\n]*`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"[^\w\- ]")]
    private static partial Regex Punctuation();
}
