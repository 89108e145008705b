using Dashboard.Tests.Support;
using Dashboard.Web.Localization;

namespace Dashboard.Tests.Localization;

/// <summary>
/// The committed CLDR tables are what <see cref="CldrDeriver"/> makes of the CLDR npm packages, byte for byte. The
/// packages are not in the repository: <c>GEOAI_CLDR</c> names a folder holding them (see the tables' PROVENANCE.md).
/// </summary>
public sealed class CldrDeriverTests(SkipNotice skip) : IClassFixture<SkipNotice>
{
    private static readonly string Committed = Path.Combine(RepoPaths.Root, "Dashboard.Web", "Localization", "Cldr");

    [SkippableFact]
    public void Derive_CldrPackages_ReproducesTheCommittedTables()
    {
        var cldr = Environment.GetEnvironmentVariable("GEOAI_CLDR");
        skip.If(string.IsNullOrEmpty(cldr) || !Directory.Exists(Path.Combine(cldr, "cldr-core")),
            "GEOAI_CLDR does not name a folder with the CLDR npm packages (npm install cldr-core@48.2.0 cldr-localenames-full@48.2.0 cldr-numbers-full@48.2.0 cldr-dates-full@48.2.0): the committed tables cannot be re-derived here");
        using var output = new TempFolder("geoai-cldr-");

        var written = CldrDeriver.Derive(cldr!, output.Path);

        Assert.Equal(5, written.Count);
        foreach (var file in written)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(Committed, Path.GetFileName(file))), File.ReadAllBytes(file));
        }
    }

    [Fact]
    public void Territories_CommittedTable_NamesTheFiveStatesAndTheTwoPowersInEveryCulture()
    {
        var lines = File.ReadAllLines(Path.Combine(Committed, "territories.csv"));
        var header = lines[0].Split(',');

        Assert.Equal(["code", "alpha2", .. CldrDeriver.Cultures], header);
        foreach (var code in new[] { "KAZ", "KGZ", "TJK", "TKM", "UZB", "CHN", "RUS" })
        {
            var row = Assert.Single(lines, l => l.StartsWith(code + ",", StringComparison.Ordinal)).Split(',');
            Assert.All(row.Skip(2), name => Assert.False(string.IsNullOrWhiteSpace(name), code));
        }

        Assert.StartsWith("KAZ,KZ,Kazakhstan,Казахстан,Kazakistan,", Assert.Single(lines, l => l.StartsWith("KAZ,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
