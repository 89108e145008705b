using Dashboard.Data.Geo;
using Dashboard.Web.Charts.Maps;

namespace Dashboard.Web.Charts.Drawing.Map;

/// <summary>A region of the layer in pixels: its polygons, their bounds, and the largest polygon (where labels go).</summary>
internal sealed record MapPixelRegion(MapRegion Region, IReadOnlyList<MapPolygon> Polygons, MapRect Bounds)
{
    public MapPolygon Main { get; } = Polygons.MaxBy(PolygonMath.Area)!;

    public IEnumerable<MapPoint[]> Rings => Polygons.SelectMany(p => p.Rings);

    public bool Contains(MapPoint p) => Polygons.Any(poly => PolygonMath.Contains(poly.Rings, p));
}
