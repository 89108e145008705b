using Dashboard.Tests.Support;
using Dashboard.Web.Cli;

namespace Dashboard.Tests.Export;

public sealed class ExportVerbTests : IDisposable
{
    private readonly TestDataFolder _data = new();
    private readonly TempFolder _temp = new("geoai-export-cli-");

    private string Out => Path.Combine(_temp.Path, "figures");

    private (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        // Files carry absolute permalinks: a base URL is required (tests that check the refusal say --base-url "").
        string[] baseUrl = args.Contains("--base-url") ? [] : ["--base-url", "https://dash.example.org"];
        string[] all = ["export", .. args, .. baseUrl, "--data", _data.Path, "--db", Path.Combine(_temp.Path, "store.db")];
        var code = CliDispatcher.TryRun(all, stdout, stderr);
        Assert.NotNull(code);
        return (code.Value, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Export_ChartsAtPreset_WritesPngSvgCsvAndCitationsAndListsThem()
    {
        var (code, stdout, stderr) = Run("--charts", "top500-systems,arms-import-share", "--preset", "square", "--scale", "2", "--out", Out);

        Assert.True(code == 0, stderr);
        string[] expected =
        [
            "top500-systems-2019-2020-2160x2160.png", "top500-systems-2019-2020-2160x2160.svg", "top500-systems-2019-2020.csv",
            "arms-import-share-2010-2021-2160x2160.png", "arms-import-share-2010-2021-2160x2160.svg", "arms-import-share-2010-2021.csv",
            "CITATIONS.md",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(expected, name => Assert.Contains("wrote " + Path.Combine(Out, name), stdout, StringComparison.Ordinal));
        var png = PngInfo.Read(File.ReadAllBytes(Path.Combine(Out, expected[0])));
        Assert.Equal((2160, 2160), (png.Width, png.Height));
        Assert.Contains("exported 2 chart(s) at Square · 2160×2160 px (2×) · light", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_All_EveryChartWithDataInChosenFormats()
    {
        var (code, _, stderr) = Run("--all", "--formats", "csv", "--out", Out);

        Assert.True(code == 0, stderr);
        // The test folder: two indicators with observations, plus the events of its timeline are not an indicator.
        Assert.Equal(["CITATIONS.md", "arms-import-share-2010-2021.csv", "top500-systems-2019-2020.csv"], Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Export_UnknownChart_ExitOneAndNothingWritten()
    {
        var (code, _, stderr) = Run("--charts", "top500-systems,no-such-chart", "--out", Out);

        Assert.Equal(1, code);
        Assert.Contains("no chart 'no-such-chart'", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Export_FormatsPptx_OneDeckAndCitationsListingIt()
    {
        var (code, stdout, stderr) = Run("--charts", "top500-systems,arms-import-share", "--formats", "pptx", "--slides", "native", "--base-url", "https://dash.example.org", "--out", Out);

        Assert.True(code == 0, stderr);
        var name = $"geoai-deck-charts-{DateTime.UtcNow:yyyy-MM-dd}-16x9-native.pptx";
        Assert.Equal(["CITATIONS.md", name], Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("wrote " + Path.Combine(Out, name), stdout, StringComparison.Ordinal);
        var citations = File.ReadAllText(Path.Combine(Out, "CITATIONS.md"));
        Assert.Contains($"- Files: `{name}`", citations, StringComparison.Ordinal);
        Assert.Contains("- Permalink: <https://dash.example.org/indicators/top500-systems>", citations, StringComparison.Ordinal);
        Assert.Contains("exported 2 chart(s) as a 16x9 PowerPoint deck (native slides)", stdout, StringComparison.Ordinal);
        using var deck = DeckFileReader.OpenValid(File.ReadAllBytes(Path.Combine(Out, name)));
        var slides = Dashboard.Tests.Decks.DeckReader.Slides(deck);
        Assert.Equal(["Chosen charts", "TOP500 systems", "Share of Central Asian arms imports", "Sources"], slides.Select(Dashboard.Tests.Decks.DeckReader.Title));
        var table = DeckFileReader.Table(slides[1].ChartParts.Single());
        Assert.Equal(["China", "Russia", "United States"], table.Series);
        Assert.Equal(["Nov 2019", "Jun 2020"], table.Categories);
        Assert.Equal(228, table.Values[("China", "Nov 2019")]);
        Assert.Contains("Permalink: https://dash.example.org/indicators/top500-systems", Dashboard.Tests.Decks.DeckReader.Notes(slides[1]));
    }

    [Fact]
    public void Export_NoBaseUrl_ExitTwoSayingPermalinksMustBeAbsoluteAndNothingWritten()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = CliDispatcher.TryRun(["export", "--charts", "top500-systems", "--formats", "csv", "--out", Out, "--data", _data.Path, "--db", Path.Combine(_temp.Path, "store.db")], stdout, stderr);

        Assert.Equal(2, code);
        Assert.Contains("must be absolute: pass --base-url", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Export_TitleAndTemplateFile_DeckTitledAndOnTheTemplate()
    {
        var template = Path.Combine(_temp.Path, "brand.potx");
        File.WriteAllBytes(template, Dashboard.Tests.Decks.TemplateSamples.Built());

        var (code, _, stderr) = Run("--charts", "top500-systems", "--formats", "pptx", "--title", "Compute: the race in numbers", "--template", template, "--out", Out);

        Assert.True(code == 0, stderr);
        var name = $"top500-systems-2019-2020-{DateTime.UtcNow:yyyy-MM-dd}-template.pptx";
        using var deck = DeckFileReader.OpenValid(File.ReadAllBytes(Path.Combine(Out, "geoai-deck-" + name)));
        var slides = Dashboard.Tests.Decks.DeckReader.Slides(deck);
        Assert.Equal("Compute: the race in numbers", Dashboard.Tests.Decks.DeckReader.Title(slides[0]));
        Assert.Equal(Dashboard.Tests.Decks.TemplateSamples.ContentLayoutName, slides[1].SlideLayoutPart!.SlideLayout.CommonSlideData!.Name!.Value);
    }

    [Fact]
    public void Export_TemplateThatIsNotOne_ExitTwoNamingTheOption()
    {
        var template = Path.Combine(_temp.Path, "brand.potx");
        File.WriteAllText(template, "not a package");

        var (code, _, stderr) = Run("--charts", "top500-systems", "--formats", "pptx", "--template", template, "--out", Out);

        Assert.Equal(2, code);
        Assert.Contains("--template: brand.potx cannot be used: it is not a PowerPoint file", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Export_FormatsCsvAndPptxWithSteps_PackFilesBesideOneDeck()
    {
        var (code, stdout, stderr) = Run("--all", "--formats", "csv,pptx", "--steps", "--reveal", "all", "--preset", "slide-4x3", "--out", Out);

        Assert.True(code == 0, stderr);
        var name = $"geoai-deck-all-{DateTime.UtcNow:yyyy-MM-dd}-4x3.pptx";
        Assert.Equal(["CITATIONS.md", "arms-import-share-2010-2021.csv", name, "top500-systems-2019-2020.csv"], Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("and a 4x3 PowerPoint deck (picture slides)", stdout, StringComparison.Ordinal);
        using var deck = DeckFileReader.OpenValid(File.ReadAllBytes(Path.Combine(Out, name)));
        // Two charts, each revealing its latest period after a predict slide.
        Assert.Equal(1 + 4, Dashboard.Tests.Decks.DeckReader.Slides(deck).FindIndex(s => Dashboard.Tests.Decks.DeckReader.Title(s) == "Sources"));
    }

    [Fact]
    public void Export_PptxWithUnknownChart_ExitOneAndNothingWritten()
    {
        var (code, _, stderr) = Run("--charts", "top500-systems,no-such-chart", "--formats", "pptx", "--out", Out);

        Assert.Equal(1, code);
        Assert.Contains("no chart 'no-such-chart'", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Theory]
    [InlineData(new[] { "--out", "x" }, "exactly one of --deck")]
    [InlineData(new[] { "--all", "--deck", "paper" }, "exactly one of --deck")]
    [InlineData(new[] { "--all", "--preset", "poster" }, "'preset' must be one of")]
    [InlineData(new[] { "--all", "--scale", "0" }, "'scale' must be a whole number from 1 to 4")]
    [InlineData(new[] { "--all", "--formats", "gif" }, "'gif' is not png, svg, csv or pptx")]
    [InlineData(new[] { "--all", "--formats", "pptx", "--slides", "png" }, "--slides: 'slides' must be picture or native")]
    [InlineData(new[] { "--all", "--formats", "pptx", "--steps", "maybe" }, "--steps: 'steps' must be 1")]
    [InlineData(new[] { "--all", "--colour", "red" }, "unknown option --colour")]
    [InlineData(new[] { "--deck", "lecture" }, "'deck' must be one of paper; got 'lecture'")]
    [InlineData(new[] { "--all", "--base-url", "ftp://dash.example.org" }, "--base-url must be an absolute http or https URL")]
    [InlineData(new[] { "--all", "--base-url", "dash.example.org" }, "got 'dash.example.org'")]
    [InlineData(new[] { "--all", "--base-url", "https://dash.example.org/?x=1" }, "without query or fragment")]
    [InlineData(new[] { "--charts", "arms-import-share", "--kind", "map" }, "--kind: 'arms-import-share': ")]
    [InlineData(new[] { "--charts", "top500-systems", "--kind", "globe" }, "--kind: 'kind' must be map")]
    public void Export_BadUsage_ExitTwoWithMessage(string[] args, string message)
    {
        var (code, _, stderr) = Run(args);

        Assert.Equal(2, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Contains("usage: export", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_DataThatDoesNotImport_ExitOneNamingTheError()
    {
        _data.AppendLine("observations/paper.csv", "top500-systems,CHN,,2021-13,,1,paper,x,stated,,");

        var (code, _, stderr) = Run("--all", "--out", Out);

        Assert.Equal(1, code);
        Assert.Contains("line 8", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    public void Dispose()
    {
        _data.Dispose();
        _temp.Dispose();
    }
}
