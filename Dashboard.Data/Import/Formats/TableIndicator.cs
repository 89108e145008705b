namespace Dashboard.Data.Import.Formats;

/// <summary>
/// The indicator a user names for a generic table of countries by year, which says nothing about what it measures:
/// id, name, unit and dimension (name and unit may be left out when the id is already defined), and, for a long table
/// with several value columns, which column holds the values.
/// </summary>
public sealed record TableIndicator
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public string? Unit { get; init; }

    /// <summary>military, economic, political or technology; null: economic.</summary>
    public string? Dimension { get; init; }

    /// <summary>The value column of a long table with more than one; null when there is one.</summary>
    public string? Column { get; init; }
}
