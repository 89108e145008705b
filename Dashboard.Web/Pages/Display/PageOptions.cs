namespace Dashboard.Web.Pages.Display;

/// <summary>Limits of the server-rendered pages (configuration section "Pages"; README "Security and operations").</summary>
public sealed class PageOptions
{
    public const string Section = "Pages";

    /// <summary>Rows of a data table per page (<c>?page=N</c> on <c>/indicators/{id}</c> and <c>/compare</c>).</summary>
    public int RowsPerPage { get; set; } = 500;

    /// <summary>Most periods offered in Compare's from/to lists (the earliest; other periods can be typed into the address).</summary>
    public int MaxPeriodChoices { get; set; } = 1_000;
}
