using Dashboard.Data.Geo;

namespace Dashboard.Tests.Geo;

public sealed class PolygonMathTests
{
    private static MapPoint[] Ring(params (double X, double Y)[] points) =>
        [.. points.Select(p => new MapPoint(p.X, p.Y)), new MapPoint(points[0].X, points[0].Y)];

    private static readonly MapPoint[] Square = Ring((0, 0), (10, 0), (10, 10), (0, 10));

    [Fact]
    public void SignedArea_CounterClockwisePositive_ClockwiseNegative()
    {
        Assert.Equal(100, PolygonMath.SignedArea(Square));
        Assert.Equal(-100, PolygonMath.SignedArea(Square.Reverse().ToArray()));
        Assert.Equal(96, PolygonMath.Area(new MapPolygon([Square, Ring((4, 4), (6, 4), (6, 6), (4, 6))])));
    }

    [Fact]
    public void Contains_PointInHole_IsOutside()
    {
        MapPoint[][] rings = [Square, Ring((4, 4), (6, 4), (6, 6), (4, 6))];

        Assert.True(PolygonMath.Contains(rings, new MapPoint(2, 2)));
        Assert.False(PolygonMath.Contains(rings, new MapPoint(5, 5)));
        Assert.False(PolygonMath.Contains(rings, new MapPoint(11, 5)));
    }

    [Fact]
    public void PoleOfInaccessibility_Square_IsTheCentre()
    {
        var (point, distance) = PolygonMath.PoleOfInaccessibility([Square], 0.01);

        Assert.Equal(5, point.X, 1);
        Assert.Equal(5, point.Y, 1);
        Assert.Equal(5, distance, 1);
    }

    [Fact]
    public void PoleOfInaccessibility_LShape_OnTheDiagonalOfTheCornerAwayFromTheInnerCorner()
    {
        // An L: a 30×10 foot and a 10×30 leg. On the diagonal (t, t) the nearest edges are the outer sides (distance t)
        // and the inner corner (10, 10) (distance √2·(10 − t)): equal at t = 10√2 / (1 + √2) ≈ 5.858, more than the
        // arms' half-width 5. The centroid (about 10.8, 10.8) lies outside the L.
        var l = Ring((0, 0), (30, 0), (30, 10), (10, 10), (10, 30), (0, 30));
        var expected = 10 * Math.Sqrt(2) / (1 + Math.Sqrt(2));

        var (point, distance) = PolygonMath.PoleOfInaccessibility([l], 0.001);

        Assert.False(PolygonMath.Contains([l], PolygonMath.Centroid(l)));
        Assert.Equal(expected, distance, 2);
        Assert.Equal(expected, point.X, 1);
        Assert.Equal(expected, point.Y, 1);
        Assert.Equal(distance, PolygonMath.DistanceToEdges([l], point), 6);
    }

    [Fact]
    public void ClipToRect_SquareHalfOutside_KeepsTheInsideHalfClosed()
    {
        var clipped = PolygonClip.ToRect(Square, new MapRect(5, -5, 20, 20));

        Assert.Equal(clipped[0], clipped[^1]);
        Assert.Equal(50, Math.Abs(PolygonMath.SignedArea(clipped)), 9);
        Assert.All(clipped, p => Assert.InRange(p.X, 5, 10));
    }

    [Fact]
    public void ClipToRect_Outside_IsEmpty() =>
        Assert.Empty(PolygonClip.ToRect(Square, new MapRect(20, 20, 30, 30)));
}
