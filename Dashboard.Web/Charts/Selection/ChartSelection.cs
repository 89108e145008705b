using System.Globalization;
using System.Text;
using Dashboard.Data.Model;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Localization;

namespace Dashboard.Web.Charts.Selection;

/// <summary>
/// Which chart, completely: the indicator, the data asked for (entity codes, an optional counterpart, a period range)
/// and the view (size, scale, theme, format). The one shape of "which chart" for the chart endpoint, pages, the export
/// panel, briefing packs, present mode, the CLI and the API; parsed only by <see cref="ChartSelectionParser"/> and
/// written only by <see cref="Query"/> and <see cref="Url"/>.
/// </summary>
public sealed record ChartSelection
{
    public string Indicator { get; init; } = "";

    /// <summary>Entity codes as asked for (upper-case, distinct, in the order given; empty = the default view).</summary>
    public IReadOnlyList<string> Entities { get; init; } = [];

    /// <summary>Only rows with this counterpart (supplier, creditor); null = any.</summary>
    public string? Counterpart { get; init; }

    /// <summary>A period is shown when it lies wholly within [<see cref="From"/>, <see cref="To"/>].</summary>
    public Period? From { get; init; }

    public Period? To { get; init; }

    /// <summary>
    /// The kind asked for with <c>kind=</c>: <see cref="ChartKind.Map"/> for a map of the five states, or null for the
    /// indicator's own chart. Part of the data: the map's CSV holds only the mapped rows.
    /// </summary>
    public ChartKind? Kind { get; init; }

    /// <summary>
    /// The chart as published on this day (<c>asof=2026-11-14</c>): values rebuilt from the revision history as they
    /// stood at the end of that day (UTC), every later revision undone; null: as the data is now. Part of the data.
    /// </summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The instant <see cref="AsOf"/> stands for: the start of the next day, UTC (revisions from then on are undone).</summary>
    public DateTimeOffset? AsOfInstant => AsOf is { } day ? new DateTimeOffset(day.AddDays(1), TimeOnly.MinValue, TimeSpan.Zero) : null;

    /// <summary>True when this selection asks for the map.</summary>
    public bool IsMap => Kind == ChartKind.Map;

    public ChartSize Size { get; init; } = ChartSize.Default;

    public ChartTheme Theme { get; init; } = ChartTheme.Light;

    public ChartFormat Format { get; init; } = ChartFormat.Png;

    /// <summary>Wide (default) or narrow, for phones; a narrow chart without a size is <see cref="ChartSize.Narrow"/>.</summary>
    public ChartLayout Layout { get; init; } = ChartLayout.Wide;

    /// <summary>
    /// The reader's language of every word and number on the chart and in the CSV's header lines (<c>lang=ru</c>;
    /// English by default). The data, the CSV's columns and the API stay invariant.
    /// </summary>
    public string Culture { get; init; } = CldrCultures.English;

    public static ChartSelection Of(string indicator) => new() { Indicator = indicator };

    /// <summary>True when no data is narrowed: every entity, counterpart and period.</summary>
    public bool IsAllData => Entities.Count == 0 && Counterpart is null && From is null && To is null && Kind is null && AsOf is null;

    /// <summary>The same chart with its entity codes sorted: one URL, ETag and cache entry however the codes were ordered.</summary>
    public ChartSelection Normalized() => this with { Entities = Entities.Order(StringComparer.Ordinal).ToList() };

    /// <summary>The data part only (default size, scale, theme, format and layout).</summary>
    public ChartSelection DataOnly() => this with { Size = ChartSize.Default, Theme = ChartTheme.Light, Format = ChartFormat.Png, Layout = ChartLayout.Wide };

    /// <summary>
    /// The query string (no leading "?") in a fixed order with only what differs from the defaults:
    /// <c>entities</c>, <c>counterpart</c>, <c>from</c>, <c>to</c>, <c>kind</c>, <c>asof</c>, then unless <paramref name="dataOnly"/> <c>width</c>,
    /// <c>height</c> (when they differ from the layout's default size), <c>scale</c>, <c>theme</c>, <c>layout</c>, then <c>lang</c> unless English, and last,
    /// when <paramref name="dataVersion"/> is given, <c>v</c> (<see cref="UrlVersion"/>: the URL then names one content for
    /// good). Codes and periods are validated, so they need no escaping.
    /// </summary>
    public string Query(bool dataOnly = false, string? dataVersion = null)
    {
        var inv = CultureInfo.InvariantCulture;
        var parts = new List<string>();
        if (Entities.Count > 0)
        {
            parts.Add("entities=" + string.Join(',', Entities));
        }

        if (Counterpart is not null)
        {
            parts.Add("counterpart=" + Counterpart);
        }

        if (From is { } from)
        {
            parts.Add("from=" + from.Text);
        }

        if (To is { } to)
        {
            parts.Add("to=" + to.Text);
        }

        if (Kind is { } kind)
        {
            parts.Add("kind=" + ChartKinds.Name(kind));
        }

        if (AsOf is { } asOf)
        {
            parts.Add("asof=" + asOf.ToString("yyyy-MM-dd", inv));
        }

        if (!dataOnly)
        {
            var defaults = ChartSize.DefaultFor(Layout);
            if (Size.Width != defaults.Width)
            {
                parts.Add("width=" + Size.Width.ToString(inv));
            }

            if (Size.Height != defaults.Height)
            {
                parts.Add("height=" + Size.Height.ToString(inv));
            }

            if (Size.Scale != 1)
            {
                parts.Add("scale=" + Size.Scale.ToString(inv));
            }

            if (Theme != ChartTheme.Light)
            {
                parts.Add("theme=" + Theme.Name);
            }

            if (Layout == ChartLayout.Narrow)
            {
                parts.Add("layout=narrow");
            }
        }

        if (Culture != CldrCultures.English)
        {
            parts.Add("lang=" + Culture);
        }

        if (!string.IsNullOrEmpty(dataVersion))
        {
            parts.Add(UrlVersion.Parameter + "=" + UrlVersion.Of(dataVersion));
        }

        return string.Join('&', parts);
    }

    /// <summary>
    /// The chart file's URL, e.g. <c>/charts/top500-systems.png?entities=CHN,RUS&amp;width=1920&amp;height=1080</c> (a CSV
    /// URL has no view parameters). Pages pass the spec's <paramref name="dataVersion"/> so the URL carries <c>v</c>;
    /// permalinks (PNG metadata, CITATIONS.md) do not.
    /// </summary>
    public string Url(ChartFormat? format = null, string? dataVersion = null)
    {
        var f = format ?? Format;
        var query = Query(dataOnly: f == ChartFormat.Csv, dataVersion);
        var path = new StringBuilder("/charts/").Append(Uri.EscapeDataString(Indicator)).Append('.').Append(ChartFormats.Extension(f));
        return query.Length == 0 ? path.ToString() : path.Append('?').Append(query).ToString();
    }

    /// <summary>The page other sites may frame: this chart's data selection at <c>/embed/{indicator}</c>.</summary>
    public string EmbedUrl()
    {
        // The embed page's language is its path's prefix (/ru/embed/…), as for every page.
        var query = (this with { Culture = CldrCultures.English }).Query(dataOnly: true);
        return Language.Of(Culture).Path("/embed/" + Uri.EscapeDataString(Indicator) + (query.Length == 0 ? "" : "?" + query));
    }

    /// <summary>
    /// The page that shows this chart with its table and notes: Compare for a narrowed series chart, otherwise the
    /// indicator page (timelines and tables have no Compare view).
    /// </summary>
    public string PageUrl(ChartKind kind)
    {
        var language = Language.Of(Culture);
        var english = this with { Culture = CldrCultures.English };
        return language.Path(english.SitePageUrl(kind));
    }

    private string SitePageUrl(ChartKind kind)
    {
        var id = Uri.EscapeDataString(Indicator);
        if (kind is ChartKind.Timeline or ChartKind.Table || IsAllData)
        {
            return "/indicators/" + id;
        }

        // The indicator page shows a map of all the data; Compare shows a narrowed one.
        var narrowed = this with { Kind = null };
        return narrowed.IsAllData
            ? "/indicators/" + id + "?" + Query(dataOnly: true)
            : "/compare?indicator=" + id + "&" + Query(dataOnly: true);
    }
}
