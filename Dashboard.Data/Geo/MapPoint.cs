namespace Dashboard.Data.Geo;

/// <summary>A point in a plane: projected metres (x east, y north) or pixels, depending on who holds it.</summary>
public readonly record struct MapPoint(double X, double Y);
