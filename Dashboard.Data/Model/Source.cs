namespace Dashboard.Data.Model;

/// <summary>An entry of the bibliography (<c>data/sources.csv</c>).</summary>
public sealed record Source
{
    public string Id { get; init; } = "";
    public string Citation { get; init; } = "";
    public string? Url { get; init; }
    public string? Publisher { get; init; }
    public string? Licence { get; init; }
    public string? Edition { get; init; }
    public string? Accessed { get; init; }
}
