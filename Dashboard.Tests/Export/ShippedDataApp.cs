using Dashboard.Tests.Support;

namespace Dashboard.Tests.Export;

/// <summary>The web app over the shipped <c>data/</c> folder (the paper's deck needs its indicators), with a temp store.</summary>
public sealed class ShippedDataApp() : ExportTestApp(RepoPaths.ShippedData);
