namespace Dashboard.Data.Model;

/// <summary>A project such as a Safe City deployment (<c>data/projects.csv</c>).</summary>
public sealed record Project
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string? City { get; init; }
    public string CountryCode { get; init; } = "";
    public int? Year { get; init; }
    public string? Vendor { get; init; }
    public int? Cameras { get; init; }
    public double? CostUsdM { get; init; }
    public double? LoanUsdM { get; init; }
    public string? LenderCode { get; init; }
    public string SourceId { get; init; } = "";
    public string Locator { get; init; } = "";
    public string? Note { get; init; }
}
