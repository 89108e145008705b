using Dashboard.Web.Charts;

namespace Dashboard.Web.Pages.Display;

/// <summary>A chart image on a page: which chart (its data selection), its alt text, and where its data table is.</summary>
public sealed record ChartFigure
{
    public required ChartSelection Selection { get; init; }

    public required string AltText { get; init; }

    /// <summary>Heading shown above the image (linked to the indicator page), or null for none.</summary>
    public string? Heading { get; init; }

    /// <summary>Link to the table with the same data: the accessible alternative to the image.</summary>
    public required string TableHref { get; init; }

    public string TableLinkText { get; init; } = "Data table";

    public bool Lazy { get; init; }

    /// <summary>The data version the page was built from; its chart URLs carry it as <c>v</c> (<see cref="UrlVersion"/>).</summary>
    public string? DataVersion { get; init; }

    public string IndicatorId => Selection.Indicator;

    public ChartSize Size => ChartSize.Default;

    /// <summary>The chart's PNG at the default size in a theme and scale (canonical URL, with <c>v</c>).</summary>
    public string Png(ChartTheme? theme = null, int scale = 1) =>
        (Selection.Normalized() with { Theme = theme ?? ChartTheme.Light, Size = ChartSize.Default with { Scale = scale } }).Url(ChartFormat.Png, DataVersion);

    public string Csv => Selection.Normalized().Url(ChartFormat.Csv, DataVersion);

    /// <summary>A figure for a spec: its selection and its alt text.</summary>
    public static ChartFigure For(ChartSpec spec, string tableHref) => new()
    {
        Selection = spec.Selection.DataOnly(),
        AltText = Accessibility.ChartAltText.For(spec),
        TableHref = tableHref,
        DataVersion = spec.DataVersion,
    };
}
