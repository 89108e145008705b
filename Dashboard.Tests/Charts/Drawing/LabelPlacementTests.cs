using Dashboard.Web.Charts.Drawing;

namespace Dashboard.Tests.Charts.Drawing;

public sealed class LabelPlacementTests
{
    [Fact]
    public void Spread_ClusterAtTheBottom_MovesUpWithoutDraggingAFarLabel()
    {
        // China far above at 60 px; six labels crowd the bottom at 500 px (area 40…500, 20 px apart).
        float[] targets = [60, 500, 500, 500, 500, 500, 500];

        var ys = LabelPlacement.Spread(targets, 20, 40, 500);

        Assert.Equal(60, ys[0]);
        Assert.Equal(500, ys.Max());
        var sorted = ys.Order().ToList();
        Assert.All(sorted.Zip(sorted.Skip(1)), p => Assert.True(p.Second - p.First >= 20 - 1e-3, $"{p.First} and {p.Second} overlap"));
    }

    [Fact]
    public void Spread_NoCollision_LabelsStayAtTheirTargets()
    {
        float[] targets = [300, 100, 200];

        Assert.Equal(targets, LabelPlacement.Spread(targets, 20, 0, 400));
    }

    [Fact]
    public void Spread_TwoCloseLabels_KeepOrderAndSpacing()
    {
        var ys = LabelPlacement.Spread([205, 200], 20, 0, 400);

        Assert.True(ys[1] < ys[0]);
        Assert.Equal(20, ys[0] - ys[1], 3);
    }

    [Fact]
    public void Spread_MoreThanFit_NeverOverlapAndStartAtTheTop()
    {
        var ys = LabelPlacement.Spread(Enumerable.Repeat(50f, 10).ToList(), 20, 0, 100);

        Assert.Equal(0, ys.Min());
        Assert.Equal(10, ys.Distinct().Count());
    }
}
