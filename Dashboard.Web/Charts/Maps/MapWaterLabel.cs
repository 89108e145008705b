using Dashboard.Data.Geo;

namespace Dashboard.Web.Charts.Maps;

/// <summary>A name written on water along a direction (projected metres), e.g. "Caspian Sea" along the sea's long axis.</summary>
public sealed record MapWaterLabel(string Text, MapPoint Center, MapPoint Toward);
