using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Tests.Charts;

/// <summary>The narrow layout in the one selection type: parsed once, written once, with its own default size.</summary>
public sealed class ChartSelectionLayoutTests
{
    private static ChartSelectionResult Parse(string query, ChartSelection? start = null) =>
        ChartSelectionParser.Parse(
            Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query).Select(kv => new KeyValuePair<string, StringValues>(kv.Key, kv.Value)),
            new ChartOptions(), start ?? ChartSelection.Of("top500-systems"));

    [Fact]
    public void Parse_LayoutNarrowWithoutSize_NarrowDefaultSizeAndShortCanonicalQuery()
    {
        var parsed = Parse("?layout=NARROW&scale=2");

        Assert.True(parsed.IsValid);
        Assert.Equal(ChartLayout.Narrow, parsed.Selection.Layout);
        Assert.Equal(new ChartSize(480, 720, 2), parsed.Selection.Size);
        Assert.Equal("scale=2&layout=narrow", parsed.Selection.Query());
        Assert.Equal("/charts/top500-systems.png?scale=2&layout=narrow", parsed.Selection.Url());
    }

    [Fact]
    public void Parse_LayoutNarrowWithSize_KeepsTheSizeAndWritesIt()
    {
        var parsed = Parse("?layout=narrow&width=1200&height=675");

        Assert.Equal(ChartSize.Default, parsed.Selection.Size);
        Assert.Equal("width=1200&height=675&layout=narrow", parsed.Selection.Query());
        var again = Parse("?" + parsed.Selection.Query()).Selection;
        Assert.Equal((parsed.Selection.Size, parsed.Selection.Layout), (again.Size, again.Layout));
    }

    [Fact]
    public void Parse_LayoutWide_IsTheDefaultAndNotWritten()
    {
        var parsed = Parse("?layout=wide");

        Assert.Equal(ChartLayout.Wide, parsed.Selection.Layout);
        Assert.Equal("", parsed.Selection.Query());
    }

    [Fact]
    public void Parse_UnknownLayout_ErrorNamesTheParameter()
    {
        var parsed = Parse("?layout=tall");

        Assert.False(parsed.IsValid);
        Assert.Equal("'layout' must be one of wide, narrow; got 'tall'.", parsed.Errors.ByParameter["layout"][0]);
    }

    [Fact]
    public void DataOnly_NarrowSelection_BackToWideDefaults()
    {
        var narrow = Parse("?layout=narrow&entities=CHN").Selection;

        Assert.Equal("entities=CHN", narrow.DataOnly().Query());
        Assert.Equal("/charts/top500-systems.csv?entities=CHN", narrow.Url(ChartFormat.Csv));
        Assert.Equal("/charts/top500-systems.points.json?entities=CHN&layout=narrow", narrow.Url(ChartFormat.Points));
    }

    [Fact]
    public void TypeScale_NarrowDefaultSize_TicksReadableOnA390PxPhone()
    {
        var k = ChartTheme.TypeScale(480, 600, ChartLayout.Narrow);

        // A 390 px phone shows the chart 356 CSS px wide (1 rem padding and a 1 px border on each side).
        Assert.True(ChartTheme.Light.TickLabelSize * k * 356 / 480 >= 11);
        Assert.True(ChartTheme.Light.TickLabelSize * ChartTheme.TypeScale(480, 600) * 356 / 480 < 11);
    }
}
