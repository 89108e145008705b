namespace Dashboard.Data.Geo;

/// <summary>
/// A regional map's geometry as shipped in <c>data/geo/</c>: the countries drawn, the projection they are drawn in,
/// the largest view a map may show (every piece of land inside it belongs to a shape here, so nothing is missing), the
/// box the source was clipped to, the coordinate precision and the provenance.
/// </summary>
public sealed record RegionGeometry
{
    public required IReadOnlyList<RegionShape> Shapes { get; init; }

    public required AlbersProjection Projection { get; init; }

    /// <summary>Largest view in projected metres; lies inside the projected <see cref="ClipBox"/>.</summary>
    public required MapRect Extent { get; init; }

    public required GeoBox ClipBox { get; init; }

    /// <summary>Coordinates are rounded to multiples of this many degrees.</summary>
    public required double PrecisionDegrees { get; init; }

    public required RegionProvenance Provenance { get; init; }

    public IEnumerable<RegionShape> Subjects => Shapes.Where(s => s.IsSubject);

    public RegionShape? Find(string code) => Shapes.FirstOrDefault(s => s.Code == code);
}
