using Dashboard.Tests.Support;

namespace Dashboard.Tests.Architecture;

/// <summary>
/// docs/ARCHITECTURE.md's rules, enforced on the source tree (in the spirit of ScottPlot's ForbiddenCodeTests): the
/// document's table is the rule, so the two cannot drift apart.
/// </summary>
public sealed class FolderRulesTests
{
    private static readonly Lazy<SourceTree> Tree = new(() => SourceTree.Read(RepoPaths.Root));

    private static FolderRules Rules => FolderRules.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "ARCHITECTURE.md")));

    [Fact]
    public void Violations_ProductTree_NoneAgainstTheArchitectureTable()
    {
        var violations = Rules.Violations(Tree.Value).ToList();

        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.True(Tree.Value.Files.Count > 300, $"only {Tree.Value.Files.Count} files read");
    }

    [Fact]
    public void Violations_FolderUsingOneItMayNot_NamesFileTypeAndRule()
    {
        const string table = """
            | folder | what it holds | may use |
            |---|---|---|
            | `Dashboard.Web/Charts` | charts | `Dashboard.Data/Model` |
            | `Dashboard.Web/Charts/Drawing` | drawing | `Dashboard.Web/Charts#ChartSpec` |
            | `Dashboard.Web/Pages` | pages | any |
            | `Dashboard.Data/Model` | records | — |
            """;
        var tree = new SourceTree([
            ("Dashboard.Data/Model/Indicator.cs", "namespace Dashboard.Data.Model;\npublic sealed record Indicator(string Id);"),
            ("Dashboard.Web/Pages/Page.cs", "namespace Dashboard.Web.Pages;\npublic sealed class Page { ChartSpec? s; Dashboard.Web.Charts.Drawing.Painter? p; }"),
            ("Dashboard.Web/Charts/ChartSpec.cs", "using Dashboard.Data.Model;\nnamespace Dashboard.Web.Charts;\npublic sealed record ChartSpec(Indicator I);"),
            ("Dashboard.Web/Charts/ChartTheme.cs", "using Dashboard.Web.Pages;\nnamespace Dashboard.Web.Charts;\npublic sealed record ChartTheme(Page P); // uses Page\n"),
            ("Dashboard.Web/Charts/Drawing/Painter.cs", "namespace Dashboard.Web.Charts.Drawing;\npublic sealed class Painter { ChartSpec? s; ChartTheme? t; string x = \"Indicator\"; }"),
        ]);

        var violations = FolderRules.Parse(table).Violations(tree).ToList();

        Assert.Equal(2, violations.Count);
        Assert.Contains(violations, v => v.StartsWith("Dashboard.Web/Charts/Drawing/Painter.cs uses Dashboard.Web.Charts.ChartTheme:", StringComparison.Ordinal));
        Assert.Contains("Dashboard.Web/Charts/ChartTheme.cs uses Dashboard.Web.Pages.Page: `Dashboard.Web/Pages` is not in the may-use list of `Dashboard.Web/Charts` (Dashboard.Data/Model)", violations);
    }

    [Fact]
    public void Violations_NamespaceWithoutARow_IsNamed()
    {
        var tree = new SourceTree([("Dashboard.Web/Stray/Thing.cs", "namespace Dashboard.Web.Stray;\npublic sealed class Thing;")]);

        var violation = Assert.Single(FolderRules.Parse("| folder | what it holds | may use |\n|---|---|---|\n| `Dashboard.Web/Charts` | c | — |\n").Violations(tree));

        Assert.Equal("Dashboard.Web/Stray/Thing.cs: namespace Dashboard.Web.Stray has no row in the table", violation);
    }

    [Fact]
    public void MapGet_ProductCode_ReadOnlyEndpointsUseMapGetAndHead()
    {
        var offenders = Tree.Value.Files
            .Where(f => f.Path != "Dashboard.Web/Endpoints/GetAndHead.cs" && f.Code.Contains(".MapGet(", StringComparison.Ordinal))
            .Select(f => f.Path)
            .ToList();

        Assert.True(offenders.Count == 0, "MapGet answers HEAD with 405; map read-only endpoints with MapGetAndHead: " + string.Join(", ", offenders));
    }

    [Fact]
    public void LineCount_ChartsExportAndDecks_AtMost300LinesAFile()
    {
        var folders = new[] { "Dashboard.Web/Charts/", "Dashboard.Web/Export/", "Dashboard.Web/Decks/" };
        var long_ = Tree.Value.Files
            .Where(f => folders.Any(folder => f.Path.StartsWith(folder, StringComparison.Ordinal)))
            .Select(f => (f.Path, Lines: File.ReadAllLines(Path.Combine(RepoPaths.Root, f.Path)).Length))
            .Where(f => f.Lines > 300)
            .ToList();

        Assert.True(long_.Count == 0, "split these files: " + string.Join(", ", long_.Select(f => $"{f.Path} ({f.Lines} lines)")));
    }
}
