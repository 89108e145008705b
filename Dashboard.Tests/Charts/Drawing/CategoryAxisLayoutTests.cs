using Dashboard.Web.Charts.Drawing;

namespace Dashboard.Tests.Charts.Drawing;

public sealed class CategoryAxisLayoutTests
{
    [Fact]
    public void For_LabelsNarrowerThanSlots_LevelAndEveryOne()
    {
        var layout = CategoryAxisLayout.For(slotWidth: 120, labelWidths: [60, 70], lineHeight: 20);

        Assert.False(layout.Rotated);
        Assert.Equal(1, layout.Every);
        Assert.Equal(20, layout.Height);
    }

    [Fact]
    public void For_TwentyWindowsAtReferenceSize_TurnedAndAllLabelled()
    {
        // "2016–20" is about 62 px at 15 px; 20 bars in ~1080 px leave ~53 px per slot.
        var layout = CategoryAxisLayout.For(slotWidth: 53, labelWidths: Enumerable.Repeat(62f, 20).ToList(), lineHeight: 19.5f);

        Assert.True(layout.Rotated);
        Assert.Equal(1, layout.Every);
        Assert.True(layout.Height > 19.5f);
    }

    [Fact]
    public void For_SlotsTooNarrowEvenTurned_Thinned()
    {
        var layout = CategoryAxisLayout.For(slotWidth: 10, labelWidths: [62, 62, 62], lineHeight: 19.5f);

        Assert.True(layout.Rotated);
        Assert.Equal(3, layout.Every);
    }
}
