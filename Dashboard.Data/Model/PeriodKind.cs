namespace Dashboard.Data.Model;

/// <summary>How a period was written: a year, an inclusive year range, or a month.</summary>
public enum PeriodKind
{
    Year,
    Range,
    Month,
}
