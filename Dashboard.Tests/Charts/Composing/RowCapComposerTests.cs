using Dashboard.Web.Charts.Composing;
using static Dashboard.Tests.Charts.Composing.Inputs;

namespace Dashboard.Tests.Charts.Composing;

/// <summary>What a spec says when the loader read only some of the matching rows.</summary>
public sealed class RowCapComposerTests
{
    [Fact]
    public void Compose_MoreRowsMatchedThanRead_CappedWithShowingNOfMNoteFirst()
    {
        var rows = new[] { Obs("CHN", null, "2019", 1), Obs("CHN", null, "2020", 2), Obs("RUS", null, "2019", 3), Obs("RUS", null, "2020", 4) };
        var spec = ChartComposer.Compose(Of("line", rows) with { MatchingObservations = 760_000 }, Options);

        Assert.True(spec.IsCapped);
        Assert.Equal(760_000, spec.MatchingRows);
        Assert.Equal("Drawn from the first 4 of 760,000 matching rows (whole series, China and Russia first); choose entities or periods for the rest", spec.Notes[0]);
    }

    [Fact]
    public void Compose_AllMatchingRowsRead_NotCappedNoNote()
    {
        var rows = new[] { Obs("CHN", null, "2019", 1), Obs("CHN", null, "2020", 2) };
        var spec = ChartComposer.Compose(Of("line", rows) with { MatchingObservations = 2 }, Options);

        Assert.False(spec.IsCapped);
        Assert.Equal(2, spec.MatchingRows);
        Assert.DoesNotContain(spec.Notes, n => n.Contains("matching rows", StringComparison.Ordinal));
    }
}
