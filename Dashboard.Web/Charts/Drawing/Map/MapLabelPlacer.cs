using Dashboard.Data.Geo;
using Dashboard.Web.Charts.Maps;

namespace Dashboard.Web.Charts.Drawing.Map;

/// <summary>
/// Places the map's labels without overlaps, in this order: each subject's name and value inside it where the whole
/// box fits (largest countries first, at the pole of inaccessibility or the roomiest point that works); the subjects
/// left over beside themselves with a leader line, the box over context land or water but never over a subject or
/// label, the line over no label and, if at all possible, no other subject; then context names inside their visible parts; then names on water. A label that fits nowhere is left out
/// (the legend and the SVG titles still carry every value).
/// </summary>
/// <param name="regions">The visible regions in pixels.</param>
/// <param name="view">Where labels may go (the map's pixel rectangle).</param>
/// <param name="measure">The box a label's lines need (true = a subject's name and value).</param>
/// <param name="slack">How far a box's padding may reach over a border (its text never does).</param>
internal sealed class MapLabelPlacer(IReadOnlyList<MapPixelRegion> regions, MapRect view, Func<IReadOnlyList<string>, bool, (double Width, double Height)> measure, double slack)
{
    /// <summary>Type sizes tried for a label inside its country before it goes beside it: full, then 85 %.</summary>
    private static readonly double[] InsideScales = [1, 0.85];

    private readonly List<MapLabel> _placed = [];
    private readonly List<MapPixelRegion> _subjects = regions.Where(r => r.Region.IsSubject).ToList();

    public IReadOnlyList<MapLabel> Placed => _placed;

    public void PlaceSubjects(Func<MapRegion, IReadOnlyList<string>> lines)
    {
        var left = new List<MapPixelRegion>();
        foreach (var r in _subjects.OrderByDescending(r => PolygonMath.Area(r.Main)))
        {
            var text = lines(r.Region);
            var size = measure(text, true);
            var placed = false;
            foreach (var scale in InsideScales)
            {
                if (FitInside(r.Main.Rings, (size.Width * scale, size.Height * scale), slack * 1.5 * scale) is { } box)
                {
                    _placed.Add(new MapLabel(r.Region.Code, MapLabelKind.Inside, text, box, Scale: (float)scale));
                    placed = true;
                    break;
                }
            }

            if (!placed)
            {
                left.Add(r);
            }
        }

        var centre = _subjects.Count == 0 ? view.Center : MapRect.Bounding(_subjects.SelectMany(s => s.Rings).SelectMany(r => r)).Center;
        foreach (var r in left)
        {
            var text = lines(r.Region);
            var size = measure(text, true);
            if (FitBeside(r, size, centre) is var (box, anchor))
            {
                _placed.Add(new MapLabel(r.Region.Code, MapLabelKind.Leader, text, box, anchor));
            }
        }
    }

    public void PlaceContext()
    {
        foreach (var r in regions.Where(r => !r.Region.IsSubject))
        {
            var visible = r.Polygons.Select(p => PolygonClip.ToRect(p.Rings[0], view)).Where(p => p.Length >= 4).MaxBy(p => Math.Abs(PolygonMath.SignedArea(p)));
            if (visible is null)
            {
                continue;
            }

            var text = new[] { r.Region.Name };
            if (FitInside([visible], measure(text, false), slack) is { } box)
            {
                _placed.Add(new MapLabel(r.Region.Code, MapLabelKind.Context, text, box));
            }
        }
    }

    /// <summary>
    /// A name along the line from <paramref name="center"/> towards <paramref name="toward"/>, on water only: tried at
    /// the centre, then shifted along that line and across it.
    /// </summary>
    public void PlaceWater(string text, MapPoint center, MapPoint toward)
    {
        var angle = Math.Atan2(toward.Y - center.Y, toward.X - center.X);
        var (w, h) = measure([text], false);
        var (ux, uy) = (Math.Cos(angle), Math.Sin(angle));
        foreach (var along in new[] { 0, 0.5, -0.5, 1, -1, 1.5, -1.5, 2, -2 })
        {
            foreach (var across in new[] { 0, 0.5, -0.5 })
            {
                var c = new MapPoint(center.X + (along * ux - across * uy) * h * 2, center.Y + (along * uy + across * ux) * h * 2);
                if (TryWater(text, c, angle * 180 / Math.PI, w, h))
                {
                    return;
                }
            }
        }
    }

    private bool TryWater(string text, MapPoint center, double angle, double w, double h)
    {
        // Keep the text readable: never upside down.
        angle = angle > 90 ? angle - 180 : angle < -90 ? angle + 180 : angle;
        var box = new MapRect(center.X - w / 2, center.Y - h / 2, center.X + w / 2, center.Y + h / 2);
        var corners = MapBoxGeometry.Corners(box).Select(p => MapBoxGeometry.Rotate(p, center, angle)).ToArray();
        var bounds = MapRect.Bounding(corners);
        var onLand = regions.Any(r => r.Bounds.Intersects(bounds)
            && (corners.Any(r.Contains) || r.Rings.Any(ring => MapBoxGeometry.RingHits(ring.Select(p => MapBoxGeometry.Rotate(p, center, -angle)).ToArray(), box))));
        if (onLand || !MapBoxGeometry.Inside(view, bounds) || !Free(bounds))
        {
            return false;
        }

        _placed.Add(new MapLabel("", MapLabelKind.Water, [text], box, Angle: (float)angle));
        return true;
    }

    /// <summary>A box of this size wholly inside the rings and clear of placed labels, or null.</summary>
    private MapRect? FitInside(IReadOnlyList<MapPoint[]> rings, (double Width, double Height) size, double inset)
    {
        var bounds = MapRect.Bounding(rings[0]);
        if (bounds.Width < size.Width || bounds.Height < size.Height)
        {
            return null;
        }

        // Precision and grid relative to the label: a large country needs no finer search than a small one.
        var (pole, _) = PolygonMath.PoleOfInaccessibility(rings, Math.Max(0.5, size.Height / 8));
        var step = Math.Max(Math.Max(2, size.Height / 2), Math.Max(bounds.Width, bounds.Height) / 40);
        var candidates = new List<(MapPoint Point, double Room)> { (pole, double.MaxValue) };
        for (var x = bounds.MinX + size.Width / 2; x <= bounds.MaxX - size.Width / 2; x += step)
        {
            for (var y = bounds.MinY + size.Height / 2; y <= bounds.MaxY - size.Height / 2; y += step)
            {
                var d = PolygonMath.SignedDistance(rings, new MapPoint(x, y));
                if (d > size.Height / 2)
                {
                    candidates.Add((new MapPoint(x, y), d));
                }
            }
        }

        foreach (var (p, _) in candidates.OrderByDescending(c => c.Room).Take(80))
        {
            var box = new MapRect(p.X - size.Width / 2, p.Y - size.Height / 2, p.X + size.Width / 2, p.Y + size.Height / 2);
            var ink = box.Inflate(-inset, -inset);
            if (MapBoxGeometry.Inside(view, box) && MapBoxGeometry.Corners(ink).All(c => PolygonMath.Contains(rings, c)) && !rings.Any(r => MapBoxGeometry.RingHits(r, ink)) && Free(box))
            {
                return box;
            }
        }

        return null;
    }

    /// <summary>
    /// A box beside the region, clear of every subject and label, joined by a leader from a point well inside the
    /// region that crosses no label. The cheapest wins: the leader's length plus four times the length it runs over
    /// other subjects (so a line over a neighbour is a last resort); boxes pointing away from the subjects' centre
    /// are preferred on ties.
    /// </summary>
    private (MapRect Box, MapPoint Anchor)? FitBeside(MapPixelRegion region, (double Width, double Height) size, MapPoint centre)
    {
        var rings = region.Main.Rings;
        var (pole, radius) = PolygonMath.PoleOfInaccessibility(rings, 0.5);
        var bounds = MapRect.Bounding(rings[0]);
        var step = Math.Max(3, Math.Min(bounds.Width, bounds.Height) / 6);
        var anchors = new List<(MapPoint Point, double Room)> { (pole, radius) };
        for (var x = bounds.MinX + step / 2; x < bounds.MaxX; x += step)
        {
            for (var y = bounds.MinY + step / 2; y < bounds.MaxY; y += step)
            {
                var d = PolygonMath.SignedDistance(rings, new MapPoint(x, y));
                if (d >= Math.Min(4, radius * 0.5))
                {
                    anchors.Add((new MapPoint(x, y), d));
                }
            }
        }

        (MapRect Box, MapPoint Anchor)? best = null;
        var bestCost = double.MaxValue;
        foreach (var (anchor, room) in anchors.OrderByDescending(a => a.Room).Take(8))
        {
            var outward = Math.Atan2(anchor.Y - centre.Y, anchor.X - centre.X);
            var angles = Enumerable.Range(0, 16).Select(i => i * Math.PI / 8)
                .OrderBy(a => Math.Abs(Math.IEEERemainder(a - outward, 2 * Math.PI))).ToArray();
            for (var k = 0; k < 14; k++)
            {
                var distance = room + size.Height * (0.4 + 0.5 * k);
                if (distance - room >= bestCost)
                {
                    break;
                }

                foreach (var a in angles)
                {
                    var (dx, dy) = (Math.Cos(a), Math.Sin(a));
                    var reach = distance + Math.Abs(dx) * size.Width / 2 + Math.Abs(dy) * size.Height / 2;
                    var c = new MapPoint(anchor.X + dx * reach, anchor.Y + dy * reach);
                    var box = new MapRect(c.X - size.Width / 2, c.Y - size.Height / 2, c.X + size.Width / 2, c.Y + size.Height / 2);
                    // The leader's length is a lower bound of its cost: skip the checks when it cannot win.
                    if (MapBoxGeometry.Distance(anchor, MapBoxGeometry.NearestOnBox(box, anchor)) < bestCost
                        && MapBoxGeometry.Inside(view, box) && Free(box) && !_subjects.Any(s => Touches(s, box))
                        && LeaderCost(region, anchor, box) is var cost && cost < bestCost)
                    {
                        (best, bestCost) = ((box, anchor), cost);
                    }
                }
            }
        }

        return best;
    }

    /// <summary>Length of the leader plus four times its length over other subjects; infinite when it crosses a label.</summary>
    private double LeaderCost(MapPixelRegion own, MapPoint anchor, MapRect box)
    {
        var end = MapBoxGeometry.NearestOnBox(box, anchor);
        var length = MapBoxGeometry.Distance(anchor, end);
        var steps = (int)Math.Ceiling(length / 2) + 1;
        var over = 0;
        for (var i = 0; i <= steps; i++)
        {
            var p = new MapPoint(anchor.X + (end.X - anchor.X) * i / steps, anchor.Y + (end.Y - anchor.Y) * i / steps);
            if (_placed.Any(l => l.Extent.Contains(p)))
            {
                return double.MaxValue;
            }

            if (_subjects.Any(s => s != own && s.Bounds.Contains(p) && s.Contains(p)))
            {
                over++;
            }
        }

        return length * (1 + 4.0 * over / (steps + 1));
    }

    private bool Free(MapRect box)
    {
        var gap = box.Height * 0.15;
        return !_placed.Any(l => l.Extent.Inflate(gap, gap).Intersects(box));
    }

    private static bool Touches(MapPixelRegion region, MapRect box) =>
        region.Bounds.Intersects(box) && (MapBoxGeometry.Corners(box).Any(region.Contains) || region.Rings.Any(r => MapBoxGeometry.RingHits(r, box)));
}
