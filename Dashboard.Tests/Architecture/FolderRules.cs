using System.Text.RegularExpressions;

namespace Dashboard.Tests.Architecture;

/// <summary>
/// The folder rules of docs/ARCHITECTURE.md, read from its table "folder | what it holds | may use": each row names
/// one or more folders (`Dashboard.Web/Charts/Maps`) and the folders their code may use. A row covers its folders and
/// their subfolders that have no row of their own. In the "may use" cell, a folder allows every type of that row,
/// `Folder#Type` only that type, `*` anything, and "—" nothing but the row itself.
/// </summary>
public sealed partial class FolderRules
{
    private FolderRules(IReadOnlyList<Row> rows) => Rows = rows;

    public IReadOnlyList<Row> Rows { get; }

    public static FolderRules Parse(string markdown)
    {
        var lines = markdown.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = lines.FindIndex(l => HeaderRow().IsMatch(l));
        if (header < 0)
        {
            throw new FormatException("no table with the header '| folder | what it holds | may use |'");
        }

        var rows = new List<Row>();
        foreach (var line in lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|')))
        {
            var cells = line.Trim('|').Split('|');
            var folders = Backticked().Matches(cells[0]).Select(m => m.Groups[1].Value).Where(f => f.StartsWith("Dashboard.", StringComparison.Ordinal)).ToList();
            var mayUse = cells[^1];
            var allowed = Backticked().Matches(mayUse).Select(m => m.Groups[1].Value).Where(f => f.StartsWith("Dashboard.", StringComparison.Ordinal)).ToList();
            if (mayUse.Contains("any", StringComparison.Ordinal))
            {
                allowed.Add("*");
            }

            if (folders.Count > 0)
            {
                rows.Add(new Row(folders.Select(f => f.TrimEnd('/')).ToList(), allowed));
            }
        }

        return new FolderRules(rows);
    }

    /// <summary>The row whose folder is the longest prefix of <paramref name="ns"/>, or null.</summary>
    public Row? RowOf(string ns) =>
        Rows.SelectMany(r => r.Namespaces.Select(n => (Row: r, Namespace: n)))
            .Where(x => ns == x.Namespace || ns.StartsWith(x.Namespace + ".", StringComparison.Ordinal))
            .OrderByDescending(x => x.Namespace.Length)
            .Select(x => x.Row)
            .FirstOrDefault();

    /// <summary>Every break of the rules in <paramref name="tree"/>, as sentences naming the file, the type and the rule.</summary>
    public IEnumerable<string> Violations(SourceTree tree)
    {
        foreach (var file in tree.Files.Where(f => f.Namespace is not null))
        {
            var from = RowOf(file.Namespace!);
            if (from is null)
            {
                yield return $"{file.Path}: namespace {file.Namespace} has no row in the table";
                continue;
            }

            foreach (var (ns, type) in tree.References(file))
            {
                var to = RowOf(ns);
                if (to is null || ReferenceEquals(to, from) || from.Allows(to, type))
                {
                    continue;
                }

                yield return $"{file.Path} uses {ns}.{type}: `{to.Folder}` is not in the may-use list of `{from.Folder}` ({string.Join(", ", from.MayUse)})";
            }
        }
    }

    [GeneratedRegex(@"^\|\s*folder\s*\|\s*what it holds\s*\|\s*may use\s*\|")]
    private static partial Regex HeaderRow();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    /// <summary>A row: its folders (e.g. <c>Dashboard.Web/Charts/Maps</c>) and what they may use.</summary>
    public sealed record Row(IReadOnlyList<string> Folders, IReadOnlyList<string> MayUse)
    {
        public string Folder => Folders[0];

        /// <summary>The folders as namespaces (<c>Dashboard.Web.Charts.Maps</c>).</summary>
        public IEnumerable<string> Namespaces => Folders.Select(f => f.Replace('/', '.'));

        public bool Allows(Row target, string type) =>
            MayUse.Contains("*") || target.Folders.Any(folder => MayUse.Contains(folder) || MayUse.Contains(folder + "#" + type));
    }
}
