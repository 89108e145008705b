using System.Text.RegularExpressions;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Data;

/// <summary>
/// The ONE/IDS debt shares are China's share of long-term public and publicly guaranteed (PPG) external debt, not of
/// all external debt. Every text that describes them (data files, docs, pages, chart PNG text chunks) says so.
/// </summary>
public sealed partial class DebtSeriesLabelTests(ShippedDataFactory factory) : IClassFixture<ShippedDataFactory>
{
    // Wordings that describe the series as all external debt (as the texts did before the IDS measure was checked).
    [GeneratedRegex(@"all external debt|not only public debt|(?<!(\(PPG\)|public|guaranteed) )external debt (stock )?owed|external-debt series", RegexOptions.IgnoreCase)]
    private static partial Regex AllExternalDebt();

    public static TheoryData<string> TextFiles()
    {
        var root = RepoPaths.Root;
        var files = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(root, "data"), "*.csv", SearchOption.AllDirectories)
                     .Concat([Path.Combine(root, "README.md"), Path.Combine(root, "data", "README.md")])
                     .Concat(Directory.GetFiles(Path.Combine(root, "Dashboard.Web"), "*.cshtml", SearchOption.AllDirectories))
                     .Concat(Directory.GetFiles(Path.Combine(root, "Dashboard.Web"), "*.cs", SearchOption.AllDirectories))
                     .Concat(Directory.GetFiles(Path.Combine(root, "Dashboard.Data"), "*.cs", SearchOption.AllDirectories))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            files.Add(Path.GetRelativePath(root, file));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(TextFiles))]
    public void ShippedText_DebtSeries_NeverDescribedAsAllExternalDebt(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, file));

        Assert.DoesNotMatch(AllExternalDebt(), text);
    }

    [Fact]
    public void DebtFile_EveryRow_DescribesTheLongTermPpgMeasureAndKeepsTheSourcesZeroText()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "data", "observations", "debt-china-share.csv")).Skip(1).ToList();

        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Contains("long-term public and publicly guaranteed (PPG) external debt stock", l, StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("external-debt-share-china-bilateral,KGZ,CHN,2000,,0.0,", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(",CHN,2000,,0,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetChartPng_DebtSeries_TextChunksNameTheLongTermPpgMeasure()
    {
        using var client = factory.CreateClient();

        var png = PngInfo.Read(await client.GetByteArrayAsync(new Uri("/charts/external-debt-share-china-bilateral.png", UriKind.Relative)));

        Assert.Equal("Share of long-term public (PPG) external debt owed to China (bilateral)", png.Text("Title"));
        Assert.Contains("long-term public and publicly guaranteed (PPG)", png.Text("Source"), StringComparison.Ordinal);
        Assert.All(png.TextChunks, c => Assert.DoesNotMatch(AllExternalDebt(), c.Text));
    }
}
