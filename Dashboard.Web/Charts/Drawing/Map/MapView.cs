using Dashboard.Data.Geo;

namespace Dashboard.Web.Charts.Drawing.Map;

/// <summary>
/// Which part of the projected plane a map shows and where: the subjects with a margin, widened or heightened to the
/// pixel area's shape but never beyond the geometry's extent (then the map is centred with empty space beside it).
/// North is up and east is right: pixel y grows downwards as projected y shrinks.
/// </summary>
internal sealed record MapView(MapRect Projected, MapRect Pixels, double Scale)
{
    /// <summary>Margin around the subjects, as a share of their larger side (twice that below, where labels with leaders go).</summary>
    public const double Padding = 0.05;

    public MapPoint ToPixel(MapPoint p) => new(Pixels.MinX + (p.X - Projected.MinX) * Scale, Pixels.MinY + (Projected.MaxY - p.Y) * Scale);

    public static MapView Fit(MapRect subjects, MapRect extent, MapRect area)
    {
        var pad = Padding * Math.Max(subjects.Width, subjects.Height);
        var target = new MapRect(subjects.MinX - pad, subjects.MinY - 2 * pad, subjects.MaxX + pad, subjects.MaxY + pad);
        var aspect = area.Width / Math.Max(1e-9, area.Height);
        var (w, h) = target.Width / target.Height < aspect
            ? (target.Height * aspect, target.Height)
            : (target.Width, target.Width / aspect);
        (w, h) = (Math.Min(w, extent.Width), Math.Min(h, extent.Height));
        var c = target.Center;
        var minX = Math.Clamp(c.X - w / 2, extent.MinX, extent.MaxX - w);
        var minY = Math.Clamp(c.Y - h / 2, extent.MinY, extent.MaxY - h);
        var view = new MapRect(minX, minY, minX + w, minY + h);
        var scale = Math.Min(area.Width / w, area.Height / h);
        var (pw, ph) = (w * scale, h * scale);
        var left = area.MinX + (area.Width - pw) / 2;
        var top = area.MinY + (area.Height - ph) / 2;
        return new MapView(view, new MapRect(left, top, left + pw, top + ph), scale);
    }
}
