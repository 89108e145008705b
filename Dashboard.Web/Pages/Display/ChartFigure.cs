namespace Dashboard.Web.Pages.Display;

/// <summary>A chart image on a page: which chart, its alt text, and where its data table is.</summary>
public sealed record ChartFigure
{
    public required string IndicatorId { get; init; }

    public required string AltText { get; init; }

    public ChartSelection Selection { get; init; } = ChartSelection.All;

    /// <summary>Heading shown above the image (linked to the indicator page), or null for none.</summary>
    public string? Heading { get; init; }

    /// <summary>Link to the table with the same data: the accessible alternative to the image.</summary>
    public required string TableHref { get; init; }

    public string TableLinkText { get; init; } = "Data table";

    public bool Lazy { get; init; }

    public string Png(string? theme = null, int? scale = null) => ChartUrl.For(IndicatorId, "png", Selection, theme, scale);
}
