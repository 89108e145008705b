using Dashboard.Data.Geo;

namespace Dashboard.Tests.Geo;

public sealed class AlbersProjectionTests
{
    private static readonly AlbersProjection Region = new(38, 52, 45, 68);

    [Fact]
    public void Project_SnyderNumericalExample_MatchesPublishedXAndY()
    {
        // Snyder (1987), Map Projections - A Working Manual, USGS PP 1395, Albers sphere example: R = 1, standard
        // parallels 29.5° and 45.5° N, origin 23° N 96° W, point 35° N 75° W → x = 0.2952720, y = 0.2416774.
        var snyder = new AlbersProjection(29.5, 45.5, 23, -96, radius: 1);

        var p = snyder.Project(new GeoPoint(-75, 35));

        Assert.Equal(0.2952720, p.X, 7);
        Assert.Equal(0.2416774, p.Y, 7);
        Assert.Equal(0.6028370, snyder.ConeConstant, 7);
    }

    [Fact]
    public void Project_Origin_IsZeroAndCentralMeridianIsVertical()
    {
        var origin = Region.Project(new GeoPoint(68, 45));
        Assert.Equal(0, origin.X, 6);
        Assert.Equal(0, origin.Y, 6);
        Assert.Equal(0, Region.Project(new GeoPoint(68, 30)).X, 6);
        Assert.Equal(0, Region.Project(new GeoPoint(68, 55)).X, 6);
    }

    [Fact]
    public void Project_NorthIsUpAndEastIsRight()
    {
        var almaty = Region.Project(new GeoPoint(76.9, 43.2));
        var tashkent = Region.Project(new GeoPoint(69.3, 41.3));
        var astana = Region.Project(new GeoPoint(71.4, 51.2));

        Assert.True(almaty.X > tashkent.X, "Almaty lies east of Tashkent");
        Assert.True(astana.Y > tashkent.Y, "Astana lies north of Tashkent");
        Assert.True(Region.Project(new GeoPoint(60, 45)).X < 0 && Region.Project(new GeoPoint(80, 45)).X > 0);
    }

    [Theory]
    [InlineData(50, 36)]
    [InlineData(68, 45)]
    [InlineData(85, 54)]
    [InlineData(110, 30)]
    [InlineData(40, 60)]
    public void Project_SmallCell_KeepsItsAreaOnTheSphere(double lon, double lat)
    {
        const double d = 0.5;
        var cell = new[] { new GeoPoint(lon, lat), new GeoPoint(lon + d, lat), new GeoPoint(lon + d, lat + d), new GeoPoint(lon, lat + d), new GeoPoint(lon, lat) };
        // Edges of a lon/lat cell are parallels (arcs) and meridians (straight): trace the parallels finely.
        var outline = new List<MapPoint>();
        for (var i = 0; i < 4; i++)
        {
            for (var k = 0; k < 200; k++)
            {
                var t = k / 200.0;
                outline.Add(Region.Project(new GeoPoint(cell[i].Lon + (cell[i + 1].Lon - cell[i].Lon) * t, cell[i].Lat + (cell[i + 1].Lat - cell[i].Lat) * t)));
            }
        }

        outline.Add(outline[0]);
        var sphere = AlbersProjection.EarthRadius * AlbersProjection.EarthRadius * (d * Math.PI / 180)
            * (Math.Sin((lat + d) * Math.PI / 180) - Math.Sin(lat * Math.PI / 180));

        Assert.Equal(1, Math.Abs(PolygonMath.SignedArea(outline)) / sphere, 4);
    }

    [Theory]
    [InlineData(38)]
    [InlineData(52)]
    public void Project_StandardParallel_TrueScaleAlongIt(double lat)
    {
        var a = Region.Project(new GeoPoint(68, lat));
        var b = Region.Project(new GeoPoint(68.01, lat));
        var projected = Math.Sqrt((b.X - a.X) * (b.X - a.X) + (b.Y - a.Y) * (b.Y - a.Y));
        var onSphere = AlbersProjection.EarthRadius * Math.Cos(lat * Math.PI / 180) * 0.01 * Math.PI / 180;

        Assert.Equal(1, projected / onSphere, 6);
    }

    [Fact]
    public void Project_MidLatitude_ParallelShorterThanTrue()
    {
        var a = Region.Project(new GeoPoint(68, 45));
        var b = Region.Project(new GeoPoint(68.01, 45));
        var onSphere = AlbersProjection.EarthRadius * Math.Cos(45 * Math.PI / 180) * 0.01 * Math.PI / 180;

        Assert.InRange(Math.Abs(b.X - a.X) / onSphere, 0.98, 0.9999);
    }

    [Theory]
    [InlineData(46.5, 40.7)]
    [InlineData(87.4, 55.4)]
    [InlineData(39, 27)]
    [InlineData(115, 62)]
    public void Inverse_OfProject_GivesThePointBack(double lon, double lat)
    {
        var back = Region.Inverse(Region.Project(new GeoPoint(lon, lat)));

        Assert.Equal(lon, back.Lon, 9);
        Assert.Equal(lat, back.Lat, 9);
    }

    [Fact]
    public void Constructor_ParallelsSymmetricAboutEquator_Throws() =>
        Assert.Throws<ArgumentException>(() => new AlbersProjection(-30, 30, 0, 0));
}
