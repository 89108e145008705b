namespace Dashboard.Tests.Support;

/// <summary>A request the fixture server saw.</summary>
public sealed record FixtureRequest(string Path, string Query, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
