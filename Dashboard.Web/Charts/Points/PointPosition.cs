using Dashboard.Web.Charts.Model;

namespace Dashboard.Web.Charts.Points;

/// <summary>
/// Where one drawn value lies in the image, in image pixels (1× layout × scale): <see cref="X"/>, <see cref="Y"/> is
/// the point itself (a line vertex, the middle of a bar or segment, an event's marker), <see cref="Left"/> …
/// <see cref="Bottom"/> what is drawn for it (a bar, a segment, an event's row; the point itself on a line).
/// <see cref="Series"/> and <see cref="Index"/> index <see cref="ChartSpec.Series"/> and its points, or for a
/// timeline the actor (see <see cref="PointMap.SeriesCodes"/>) and <see cref="ChartSpec.Events"/>. On a map,
/// <see cref="Shape"/> is the country's outline (rings of x, y pairs in image pixels): its hover area.
/// </summary>
public sealed record PointPosition(int Series, int Index, float X, float Y, float Left, float Top, float Right, float Bottom)
{
    public IReadOnlyList<float[]>? Shape { get; init; }
}
