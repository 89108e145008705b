using Dashboard.Data.Geo;
using Dashboard.Web.Setup;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Charts.Maps;

/// <summary>
/// The map geometry of the configured data folder (<c>data/geo/central-asia.geojson</c>), read once on first use and
/// kept (about 16 KB). The app needs no <c>../shared</c>: the file ships in <c>data/</c>. Null when the data folder has
/// no geometry file. The file is checked at start-up with the rest of the data folder
/// (<see cref="Dashboard.Data.Import.Contract.DataFolderImporter"/>), and a change to it changes the store's data version.
/// </summary>
public sealed class MapGeometryProvider
{
    private readonly Lazy<RegionGeometry?> _geometry;

    public MapGeometryProvider(IOptions<DataOptions> options)
        : this(options.Value.DataDirectory)
    {
    }

    public MapGeometryProvider(string dataDirectory) =>
        _geometry = new Lazy<RegionGeometry?>(() => RegionGeometryFile.Load(dataDirectory), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The geometry, or null when the data folder has none.</summary>
    public RegionGeometry? Geometry => _geometry.Value;
}
