using System.Net;
using System.Text;
using Dashboard.Tests.Support;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Charts;

/// <summary>A chart of an indicator with more rows than a chart may read (7,200 > Charts:MaxRows 5,000).</summary>
public sealed class LargeIndicatorChartTests(LargeDataApp app) : IClassFixture<LargeDataApp>
{
    private Task<ChartSpec?> SpecAsync(ChartSelection selection) =>
        app.Factory.Services.GetRequiredService<ChartSpecFactory>().CreateAsync(selection with { Indicator = LargeIndicatorData.IndicatorId });

    [Fact]
    public async Task CreateAsync_MoreRowsThanTheCap_ReadsWholeSeriesChinaAndRussiaFirstAndSaysSo()
    {
        var spec = (await SpecAsync(new ChartSelection()))!;

        Assert.True(spec.IsCapped);
        Assert.Equal(app.Rows, spec.MatchingRows);

        // 5,000 rows hold 20 whole series of 240 months: China, Russia, then G0001…G0018; 12 of them are drawn.
        Assert.Equal("Drawn from the first 4,800 of 7,200 matching rows (whole series, China and Russia first); choose entities or periods for the rest", spec.Notes[0]);
        Assert.Equal(ObservationComposerMaxSeries, spec.Series.Count);
        Assert.Contains(spec.Series, s => s.Entity == "CHN");
        Assert.Contains(spec.Series, s => s.Entity == "RUS");
        Assert.All(spec.Series, s => Assert.Equal(LargeDataApp.Months, s.Points.Count));
        Assert.Equal(ObservationComposerMaxSeries * LargeDataApp.Months, spec.Observations.Count);
        Assert.DoesNotContain(spec.Observations, o => string.CompareOrdinal(o.EntityCode, LargeIndicatorData.GeneratedCode(19)) >= 0 && o.EntityCode != "RUS");
    }

    [Fact]
    public async Task CreateAsync_EntityBeyondTheCapAsked_ReadsOnlyItsRowsNotCapped()
    {
        var last = LargeIndicatorData.GeneratedCode(LargeDataApp.Entities - 2);

        var spec = (await SpecAsync(new ChartSelection { Entities = [last] }))!;

        Assert.False(spec.IsCapped);
        Assert.Equal(LargeDataApp.Months, spec.MatchingRows);
        Assert.All(spec.Observations, o => Assert.Equal(last, o.EntityCode));
        Assert.Equal(LargeDataApp.Months, spec.Observations.Count);
    }

    [Fact]
    public async Task GetCsv_LargeIndicator_StreamedWithTheChartsRowsOnly()
    {
        using var client = app.CreateClient();
        var spec = (await SpecAsync(new ChartSelection()))!;

        using var response = await client.GetAsync($"/charts/{LargeIndicatorData.IndicatorId}.csv", HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Streamed: no Content-Length announced, written as it is read (a whole file in memory would have one).
        Assert.Null(response.Content.Headers.ContentLength);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(spec.Observations.Count + 1, lines.Length);
        Assert.Equal(spec.Observations.Select(o => $"{o.EntityCode},{o.Period}"), lines.Skip(1).Select(l => string.Join(',', l.Split(',')[1], l.Split(',')[5])));
    }

    [Fact]
    public async Task GetPng_LargeIndicator_DrawsTheCappedChart()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync($"/charts/{LargeIndicatorData.IndicatorId}.png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        ImageAssert.PngSize(await response.Content.ReadAsByteArrayAsync(), 1200, 675);
    }

    private const int ObservationComposerMaxSeries = Dashboard.Web.Charts.Composing.ObservationComposer.MaxSeries;
}
