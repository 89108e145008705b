using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Microsoft.AspNetCore.Http;

namespace Dashboard.Tests.Charts;

public sealed class UrlVersionTests
{
    private static readonly ChartSelection Selection = ChartSelection.Of("top500-systems") with { Entities = ["CHN", "RUS"], Theme = ChartTheme.Dark };

    [Fact]
    public void Url_WithDataVersion_VIsTheLastParameter()
    {
        Assert.Equal("/charts/top500-systems.png?entities=CHN,RUS&theme=dark&v=abc." + UrlVersion.Build, Selection.Url(ChartFormat.Png, "abc"));
        Assert.Equal("/charts/top500-systems.csv?entities=CHN,RUS&v=abc." + UrlVersion.Build, Selection.Url(ChartFormat.Csv, "abc"));
        Assert.Equal("/charts/top500-systems.svg?v=abc." + UrlVersion.Build, ChartSelection.Of("top500-systems").Url(ChartFormat.Svg, "abc"));
    }

    [Fact]
    public void Url_WithoutDataVersion_Unchanged()
    {
        Assert.Equal("/charts/top500-systems.png?entities=CHN,RUS&theme=dark", Selection.Url(ChartFormat.Png));
        Assert.Equal(Selection.Url(ChartFormat.Png), Selection.Url(ChartFormat.Png, ""));
    }

    [Fact]
    public void Build_HexDigitsOfThisBuild()
    {
        Assert.Matches("^[0-9a-f]{8}$", UrlVersion.Build);
        Assert.Equal("0123." + UrlVersion.Build, UrlVersion.Of("0123"));
    }

    [Theory]
    [InlineData("v=abc.BUILD", true)]
    [InlineData("V=abc.BUILD", true)]
    [InlineData("entities=CHN&v=abc.BUILD", true)]
    [InlineData("v=abc", false)]
    [InlineData("v=abd.BUILD", false)]
    [InlineData("v=abc.BUILD&v=abc.BUILD", false)]
    [InlineData("v=", false)]
    [InlineData("", false)]
    public void IsCurrent_Query_OnlyOneExactTokenOfTheCurrentVersion(string query, bool expected)
    {
        var parsed = Parse(query.Replace("BUILD", UrlVersion.Build, StringComparison.Ordinal));

        Assert.Equal(expected, UrlVersion.IsCurrent(parsed, "abc"));
    }

    private static QueryCollection Parse(string query) =>
        new(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.OrdinalIgnoreCase));
}
