using System.Text.RegularExpressions;

namespace Dashboard.Tests.Architecture;

/// <summary>
/// The C# sources of the product projects, read as text: each file's namespace, the types it declares and the types of
/// other namespaces it refers to. A reference is a type name the file can see — through a <c>using</c>, its own
/// namespace's parents, or written fully qualified — so it reads what the compiler would bind, without a compiler.
/// </summary>
public sealed partial class SourceTree
{
    private readonly Dictionary<string, List<string>> _declaringNamespaces = new(StringComparer.Ordinal);

    public SourceTree(IEnumerable<(string Path, string Text)> files)
    {
        Files = files.Select(f => SourceFile.Parse(f.Path, f.Text)).ToList();
        foreach (var file in Files)
        {
            foreach (var type in file.DeclaredTypes)
            {
                var list = _declaringNamespaces.TryGetValue(type, out var l) ? l : _declaringNamespaces[type] = [];
                if (file.Namespace is { } ns && !list.Contains(ns))
                {
                    list.Add(ns);
                }
            }
        }
    }

    public IReadOnlyList<SourceFile> Files { get; }

    /// <summary>The product sources under the repository root (<c>Dashboard.Web</c>, <c>Dashboard.Data</c>), without build output.</summary>
    public static SourceTree Read(string root) => new(
        new[] { "Dashboard.Web", "Dashboard.Data" }
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(root, project), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                           && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => (Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path))));

    /// <summary>Every type of another namespace that <paramref name="file"/> refers to: (namespace, type).</summary>
    public IEnumerable<(string Namespace, string Type)> References(SourceFile file)
    {
        if (file.Namespace is null)
        {
            yield break;
        }

        var visible = new HashSet<string>(file.Usings, StringComparer.Ordinal);
        var parts = file.Namespace.Split('.');
        for (var i = 1; i <= parts.Length; i++)
        {
            visible.Add(string.Join('.', parts[..i]));
        }

        var seen = new HashSet<(string, string)>();
        foreach (var name in file.Identifiers)
        {
            if (!_declaringNamespaces.TryGetValue(name, out var namespaces))
            {
                continue;
            }

            foreach (var ns in namespaces.Where(ns => ns != file.Namespace && visible.Contains(ns)))
            {
                if (seen.Add((ns, name)))
                {
                    yield return (ns, name);
                }
            }
        }

        foreach (var (ns, name) in file.QualifiedNames)
        {
            if (ns != file.Namespace && _declaringNamespaces.TryGetValue(name, out var namespaces) && namespaces.Contains(ns) && seen.Add((ns, name)))
            {
                yield return (ns, name);
            }
        }
    }

    /// <summary>One source file: comments and string literals removed before names are read.</summary>
    public sealed partial record SourceFile(string Path, string? Namespace, IReadOnlySet<string> Usings, IReadOnlySet<string> DeclaredTypes,
        IReadOnlySet<string> Identifiers, IReadOnlySet<(string Namespace, string Type)> QualifiedNames, string Code)
    {
        public static SourceFile Parse(string path, string text)
        {
            var code = StringLiteral().Replace(BlockComment().Replace(LineComment().Replace(text, ""), ""), "\"\"");
            var ns = NamespaceDeclaration().Match(code) is { Success: true } m ? m.Groups[1].Value : null;
            var usings = UsingDirective().Matches(code).Select(u => u.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            var declared = TypeDeclaration().Matches(code).Select(t => t.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            var identifiers = Identifier().Matches(code).Select(i => i.Value).ToHashSet(StringComparer.Ordinal);
            var qualified = QualifiedName().Matches(code)
                .Where(q => !q.Value.StartsWith("using ", StringComparison.Ordinal))
                .Select(q => (q.Groups[1].Value, q.Groups[2].Value)).ToHashSet();
            return new SourceFile(path, ns, usings, declared, identifiers, qualified, code);
        }

        [GeneratedRegex(@"//[^\n]*")]
        private static partial Regex LineComment();

        [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
        private static partial Regex BlockComment();

        // Regular, verbatim and raw string literals (raw ones first, so their quotes do not start a regular literal).
        [GeneratedRegex("\"\"\".*?\"\"\"|@\"(?:[^\"]|\"\")*\"|\"(?:[^\"\\\\\\n]|\\\\.)*\"", RegexOptions.Singleline)]
        private static partial Regex StringLiteral();

        [GeneratedRegex(@"^\s*namespace\s+([\w.]+)", RegexOptions.Multiline)]
        private static partial Regex NamespaceDeclaration();

        [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(Dashboard[\w.]*)\s*;", RegexOptions.Multiline)]
        private static partial Regex UsingDirective();

        [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(?:class\s+|struct\s+)?([A-Z]\w*)")]
        private static partial Regex TypeDeclaration();

        [GeneratedRegex(@"\b[A-Z]\w*\b")]
        private static partial Regex Identifier();

        [GeneratedRegex(@"(?:using\s+)?\b(Dashboard(?:\.[A-Z]\w*)+)\.([A-Z]\w*)\b")]
        private static partial Regex QualifiedName();
    }
}
