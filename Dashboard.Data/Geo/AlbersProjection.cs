namespace Dashboard.Data.Geo;

/// <summary>
/// Albers equal-area conic projection on a sphere (Snyder 1987, <i>Map Projections — A Working Manual</i>, USGS
/// Professional Paper 1395, §14, equations 14-1 to 14-11). Areas are true everywhere; scale is true along the two
/// standard parallels. Output is in the radius' unit (metres by default), x east and y north of the origin.
/// </summary>
public sealed class AlbersProjection
{
    /// <summary>Mean Earth radius (IUGG R1) in metres.</summary>
    public const double EarthRadius = 6371008.8;

    private readonly double _n;
    private readonly double _c;
    private readonly double _rho0;

    public AlbersProjection(double standardParallel1, double standardParallel2, double originLatitude, double centralMeridian, double radius = EarthRadius)
    {
        if (Math.Abs(standardParallel1 + standardParallel2) < 1e-9)
        {
            throw new ArgumentException("Standard parallels symmetric about the equator make a cylindrical projection, not a conic one.", nameof(standardParallel2));
        }

        StandardParallel1 = standardParallel1;
        StandardParallel2 = standardParallel2;
        OriginLatitude = originLatitude;
        CentralMeridian = centralMeridian;
        Radius = radius;
        var phi1 = Rad(standardParallel1);
        _n = (Math.Sin(phi1) + Math.Sin(Rad(standardParallel2))) / 2;
        _c = Math.Cos(phi1) * Math.Cos(phi1) + 2 * _n * Math.Sin(phi1);
        _rho0 = Rho(originLatitude);
    }

    public double StandardParallel1 { get; }
    public double StandardParallel2 { get; }
    public double OriginLatitude { get; }
    public double CentralMeridian { get; }
    public double Radius { get; }

    /// <summary>The cone constant n (Snyder 14-6).</summary>
    public double ConeConstant => _n;

    public MapPoint Project(GeoPoint p)
    {
        var rho = Rho(p.Lat);
        var theta = _n * Rad(NormalizeLongitude(p.Lon - CentralMeridian));
        return new MapPoint(rho * Math.Sin(theta), _rho0 - rho * Math.Cos(theta));
    }

    public GeoPoint Inverse(MapPoint p)
    {
        var sign = Math.Sign(_n);
        var dy = _rho0 - p.Y;
        var rho = sign * Math.Sqrt(p.X * p.X + dy * dy);
        var theta = Math.Atan2(sign * p.X, sign * dy);
        var sinPhi = (_c - rho * rho * _n * _n / (Radius * Radius)) / (2 * _n);
        return new GeoPoint(NormalizeLongitude(CentralMeridian + Deg(theta / _n)), Deg(Math.Asin(Math.Clamp(sinPhi, -1, 1))));
    }

    private double Rho(double latitude) => Radius * Math.Sqrt(_c - 2 * _n * Math.Sin(Rad(latitude))) / _n;

    private static double NormalizeLongitude(double lon) => lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;

    private static double Rad(double degrees) => degrees * Math.PI / 180;

    private static double Deg(double radians) => radians * 180 / Math.PI;
}
