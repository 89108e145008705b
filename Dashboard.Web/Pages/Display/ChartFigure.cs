using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Charts.Styling;

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

    public string TableLinkText { get; init; } = Localization.Language.Current.T("Data table");

    public bool Lazy { get; init; }

    /// <summary>The data version the page was built from; its chart URLs carry it as <c>v</c> (<see cref="UrlVersion"/>).</summary>
    public string? DataVersion { get; init; }

    public string IndicatorId => Selection.Indicator;

    public ChartSize Size => ChartSize.Default;

    /// <summary>Size of the narrow render that small screens get instead (see <see cref="NarrowMedia"/>).</summary>
    public ChartSize NarrowSize => ChartSize.Narrow;

    /// <summary>Screens that get the narrow layout: the site's small-screen breakpoint (site.css).</summary>
    public const string NarrowMedia = "(max-width: 40rem)";

    /// <summary>The chart's PNG at the layout's default size in a theme and scale (canonical URL, with <c>v</c>).</summary>
    public string Png(ChartTheme? theme = null, int scale = 1, ChartLayout layout = ChartLayout.Wide) =>
        (Selection.Normalized() with { Theme = theme ?? ChartTheme.Light, Layout = layout, Size = ChartSize.DefaultFor(layout) with { Scale = scale } }).Url(ChartFormat.Png, DataVersion);

    /// <summary>A srcset of the PNG at 1× and 2× in a theme and layout.</summary>
    public string SrcSet(ChartTheme theme, ChartLayout layout = ChartLayout.Wide) =>
        $"{Png(theme, 1, layout)} 1x, {Png(theme, 2, layout)} 2x";

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
