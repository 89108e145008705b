using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Pages.Display;
using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Tests.Pages.Display;

public sealed class CompareRequestTests
{
    private static readonly HashSet<string> Indicators = ["top500-systems", "arms-import-share"];
    private static readonly HashSet<string> Others = ["ai-strategy-events"];
    private static readonly HashSet<string> Entities = ["CHN", "RUS", "USA", "CA5"];

    private static CompareRequest Parse(string query) =>
        CompareRequest.Parse(QueryHelpers.ParseQuery(query), new ChartOptions(), Indicators, Others, Entities);

    [Fact]
    public void Parse_Permalink_ReadsEveryPartAndGivesItBack()
    {
        var r = Parse("?indicator=top500-systems&entities=CHN,RUS&from=2010-2014&to=2019-11");

        Assert.True(r.IsValid);
        Assert.Equal("top500-systems", r.IndicatorId);
        Assert.Equal(["CHN", "RUS"], r.Selection.Entities);
        Assert.Equal("2010-2014", r.Selection.From?.Text);
        Assert.Equal("2019-11", r.Selection.To?.Text);
        Assert.Equal("indicator=top500-systems&entities=CHN,RUS&from=2010-2014&to=2019-11", r.CanonicalQuery);
    }

    [Fact]
    public void Parse_SubmittedForm_MergesRepeatedEntitiesAndIgnoresEmptyFields()
    {
        var r = Parse("?indicator=top500-systems&entities=CHN&entities=rus&entities=CHN&from=&to=");

        Assert.True(r.IsValid);
        Assert.Equal(["CHN", "RUS"], r.Selection.Entities);
        Assert.Null(r.Selection.From);
        Assert.Equal("indicator=top500-systems&entities=CHN,RUS", r.CanonicalQuery);
    }

    [Fact]
    public void Parse_Empty_IsValidAndSelectsEverything()
    {
        var r = Parse("");

        Assert.True(r.IsValid);
        Assert.Null(r.IndicatorId);
        Assert.True(r.Selection.IsAllData);
        Assert.Equal("", r.CanonicalQuery);
    }

    [Theory]
    [InlineData("?indicator=nope", "indicator: 'nope' is not a known indicator.")]
    [InlineData("?indicator=ai-strategy-events", "indicator: 'ai-strategy-events' is a timeline or a table, not a series to compare; see its page /indicators/ai-strategy-events.")]
    [InlineData("?entities=CHN,ZZZ,QQQ", "entities: Unknown entity code(s): ZZZ, QQQ.")]
    [InlineData("?entities=CHN,C$N", "entities: 'C$N' is not an entity code (upper-case letters, digits and '-', e.g. CHN or CA5).")]
    [InlineData("?from=2019-00", "from: '2019-00' is not a valid month (use YYYY-MM with a month 01-12).")]
    [InlineData("?to=2014-2010", "to: '2014-2010' is not a valid year range (the first year must be before the last).")]
    [InlineData("?from=2019&to=2010-2014", "from: 'from' (2019) is after 'to' (2010-2014).")]
    [InlineData("?from=2010&from=2011", "from: 'from' is given more than once; give it once.")]
    public void Parse_BadValue_GivesMessageNamingTheParameter(string query, string message)
    {
        var r = Parse(query);

        Assert.False(r.IsValid);
        Assert.Equal([message], r.Errors);
    }

    [Fact]
    public void Parse_TooLongOrTooMany_IsRejected()
    {
        Assert.Contains("longer than 2000", Parse("?indicator=" + new string('a', 2001)).Errors.Single(), StringComparison.Ordinal);
        Assert.Contains("longer than 2000", Parse("?entities=" + new string('A', 2001)).Errors.Single(), StringComparison.Ordinal);
        Assert.Contains("At most 50 entities", Parse("?entities=" + string.Join(',', Enumerable.Range(0, 51).Select(i => "E" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))).Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEach()
    {
        var r = Parse("?indicator=nope&entities=XX&from=abc&to=2019-13");

        Assert.Equal(4, r.Errors.Count);
    }
}
