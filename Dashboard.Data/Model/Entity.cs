namespace Dashboard.Data.Model;

/// <summary>A country (ISO 3166 alpha-3), a named group of countries, or another actor (<c>data/entities.csv</c>).</summary>
public sealed record Entity
{
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string Kind { get; init; } = "";

    /// <summary>Member codes of a group; empty for countries.</summary>
    public IReadOnlyList<string> Members { get; init; } = [];
}
