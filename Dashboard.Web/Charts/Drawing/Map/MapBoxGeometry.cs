using Dashboard.Data.Geo;

namespace Dashboard.Web.Charts.Drawing.Map;

/// <summary>Label boxes against map shapes, in pixels: containment, corners, and segment–box crossings.</summary>
internal static class MapBoxGeometry
{
    public static bool Inside(MapRect outer, MapRect inner) =>
        inner.MinX >= outer.MinX && inner.MaxX <= outer.MaxX && inner.MinY >= outer.MinY && inner.MaxY <= outer.MaxY;

    /// <summary>The four corners and the centre.</summary>
    public static MapPoint[] Corners(MapRect r) =>
        [new(r.MinX, r.MinY), new(r.MaxX, r.MinY), new(r.MaxX, r.MaxY), new(r.MinX, r.MaxY), r.Center];

    public static bool RingHits(MapPoint[] ring, MapRect box)
    {
        for (var i = 0; i + 1 < ring.Length; i++)
        {
            if (SegmentHits(ring[i], ring[i + 1], box))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Liang–Barsky: does the segment a–b cross or touch the rectangle?</summary>
    public static bool SegmentHits(MapPoint a, MapPoint b, MapRect r)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        double t0 = 0, t1 = 1;
        foreach (var (p, q) in new[] { (-dx, a.X - r.MinX), (dx, r.MaxX - a.X), (-dy, a.Y - r.MinY), (dy, r.MaxY - a.Y) })
        {
            if (p == 0)
            {
                if (q < 0)
                {
                    return false;
                }

                continue;
            }

            var t = q / p;
            if (p < 0)
            {
                t0 = Math.Max(t0, t);
            }
            else
            {
                t1 = Math.Min(t1, t);
            }

            if (t0 > t1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The point of the box nearest to <paramref name="p"/> (where a leader line ends).</summary>
    public static MapPoint NearestOnBox(MapRect box, MapPoint p) =>
        new(Math.Clamp(p.X, box.MinX, box.MaxX), Math.Clamp(p.Y, box.MinY, box.MaxY));

    public static double Distance(MapPoint a, MapPoint b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));

    /// <summary><paramref name="p"/> turned by <paramref name="degrees"/> (clockwise on screen) around <paramref name="center"/>.</summary>
    public static MapPoint Rotate(MapPoint p, MapPoint center, double degrees)
    {
        var rad = degrees * Math.PI / 180;
        return new MapPoint(
            center.X + (p.X - center.X) * Math.Cos(rad) - (p.Y - center.Y) * Math.Sin(rad),
            center.Y + (p.X - center.X) * Math.Sin(rad) + (p.Y - center.Y) * Math.Cos(rad));
    }
}
