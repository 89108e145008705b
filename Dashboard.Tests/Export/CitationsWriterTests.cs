using Dashboard.Data.Model;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Export;

namespace Dashboard.Tests.Export;

public sealed class CitationsWriterTests
{
    private static readonly Source Paper = new()
    {
        Id = "paper",
        Citation = "Kalkan Küçüksolak, Ö. & Fırat, T. (2023). The Geopolitics of AI in Central Asia.",
        Url = "https://doi.org/10.28956/gbd.1249381",
        Publisher = "JSS",
        Edition = "12(1)",
    };

    private static readonly Source Hostile = new()
    {
        Id = "hostile",
        Citation = "Evil [click](javascript:alert(1)) <script>x</script> (2020).",
        Accessed = "2021-05-13",
    };

    private static ExportedChart Entry(string indicator, string name, params Source[] sources) => new(
        new ChartSpec
        {
            IndicatorId = indicator,
            Title = name,
            Unit = "%",
            EntityNames = ["China", "Russia"],
            Periods = [Period.Parse("2010-2014"), Period.Parse("2019")],
            Sources = sources,
            Footer = new ChartFooter { Citations = "Paper (2023), citing [x](y)", Site = "GeoAI" },
        },
        [new ExportFile(indicator + ".png", []), new ExportFile(indicator + ".svg", []), new ExportFile(indicator + ".csv", [])],
        "http://localhost/indicators/" + indicator);

    [Fact]
    public void Write_TwoCharts_ListsFilesPermalinksReferencesVersionAndDate()
    {
        var md = CitationsWriter.Write(
            [Entry("arms-import-share", "Arms share", Paper), Entry("top500-systems", "TOP500", Paper)],
            "abc123",
            new DateTimeOffset(2026, 3, 4, 23, 30, 0, TimeSpan.FromHours(-2)));

        Assert.Contains("data version `abc123`", md, StringComparison.Ordinal);
        Assert.Contains("Generated 2026-03-05 (UTC)", md, StringComparison.Ordinal);
        Assert.Contains("## 1. Arms share", md, StringComparison.Ordinal);
        Assert.Contains("## 2. TOP500", md, StringComparison.Ordinal);
        Assert.Contains("`top500-systems.svg`", md, StringComparison.Ordinal);
        Assert.Contains("<http://localhost/indicators/arms-import-share>", md, StringComparison.Ordinal);
        Assert.Contains("China, Russia; 2010–2019", md, StringComparison.Ordinal);
        Assert.Contains(@"- On the image: Source: Paper (2023), citing \[x\](y) · GeoAI", md, StringComparison.Ordinal);
        Assert.Contains("Kalkan Küçüksolak, Ö. & Fırat, T. (2023). The Geopolitics of AI in Central Asia. Publisher: JSS. Edition: 12(1). <https://doi.org/10.28956/gbd.1249381>.", md, StringComparison.Ordinal);
        var allReferences = md[md.IndexOf("## All references", StringComparison.Ordinal)..];
        Assert.Single(allReferences.Split('\n'), l => l.StartsWith("- Kalkan", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_MarkdownInCitation_IsEscapedNotInterpreted()
    {
        var md = CitationsWriter.Write([Entry("x", "X", Hostile)], "v", DateTimeOffset.UnixEpoch);

        Assert.DoesNotContain("[click](", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.Contains(@"\[click\](javascript:alert(1)) \<script\>x\</script\>", md, StringComparison.Ordinal);
        Assert.Contains("Accessed 2021-05-13.", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/a b\"c'd`e<f>g", "<https://example.org/a%20b%22c%27d%60e%3Cf%3Eg>")]
    [InlineData("https://example.org/x\ny\u0000z", "<https://example.org/x%0Ay%00z>")]
    [InlineData("https://example.org/résumé?q=1&r=[2]", "<https://example.org/résumé?q=1&r=[2]>")]
    public void Reference_UrlWithCharactersThatEndALink_IsPercentEncodedInside(string url, string expected)
    {
        var reference = CitationsWriter.Reference(new Source { Id = "s", Citation = "S.", Url = url });

        Assert.Contains(expected, reference, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative/path")]
    [InlineData("ftp://example.org/file")]
    public void Reference_NotAnHttpUrl_IsPlainTextNotALink(string url)
    {
        var reference = CitationsWriter.Reference(new Source { Id = "s", Citation = "S.", Url = url });

        Assert.DoesNotContain("<", reference.Replace("\\<", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("](", reference, StringComparison.Ordinal);
    }
}
