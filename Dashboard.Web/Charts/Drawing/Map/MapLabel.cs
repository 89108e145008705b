using Dashboard.Data.Geo;

namespace Dashboard.Web.Charts.Drawing.Map;

/// <summary>
/// A placed map label in pixels: its lines (the first bold for subjects), the box they fill (before rotation), the
/// point a leader line starts from, the rotation in degrees (water labels only) and the type size relative to the
/// usual (a subject's label may shrink to fit inside).
/// </summary>
internal sealed record MapLabel(string Code, MapLabelKind Kind, IReadOnlyList<string> Lines, MapRect Box, MapPoint? Anchor = null, float Angle = 0, float Scale = 1)
{
    /// <summary>The area the label covers on the image: its box, turned by <see cref="Angle"/>.</summary>
    public MapRect Extent => Angle == 0 ? Box : MapRect.Bounding(MapBoxGeometry.Corners(Box).Select(p => MapBoxGeometry.Rotate(p, Box.Center, Angle)));
}
