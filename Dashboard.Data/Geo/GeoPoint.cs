namespace Dashboard.Data.Geo;

/// <summary>A position in WGS84 degrees: longitude (east positive) and latitude (north positive), as GeoJSON orders them.</summary>
public readonly record struct GeoPoint(double Lon, double Lat);
