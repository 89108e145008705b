namespace Dashboard.Tests.Support;

/// <summary>
/// <see cref="DashboardFactory"/> over the shipped <c>data/</c>, with the single public constructor an xunit class
/// fixture needs; the page tests share one per test class.
/// </summary>
public sealed class ShippedDataFactory : DashboardFactory;
