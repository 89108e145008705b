using System.Globalization;
using System.Text;
using Dashboard.Data.Model;
using Dashboard.Web.Charts;

namespace Dashboard.Web.Endpoints;

/// <summary>The validated, normalised query of a chart URL (entities upper-case, sorted, distinct).</summary>
public sealed record ChartQuery
{
    public IReadOnlyList<string> Entities { get; init; } = [];
    public Period? From { get; init; }
    public Period? To { get; init; }
    public int Width { get; init; } = ChartSize.Default.Width;
    public int Height { get; init; } = ChartSize.Default.Height;
    public int Scale { get; init; } = 1;
    public ChartTheme Theme { get; init; } = ChartTheme.Light;

    public ChartSize Size => new(Width, Height, Scale);

    public ChartRequest Request => new() { Entities = Entities, From = From, To = To };

    /// <summary>
    /// The query string in a fixed order with only what differs from the defaults: the basis of ETags, cache keys and
    /// the permalink stored in PNG metadata. <paramref name="dataOnly"/> leaves out image parameters (for CSV).
    /// </summary>
    public string Canonical(bool dataOnly = false)
    {
        var parts = new List<string>();
        if (Entities.Count > 0)
        {
            parts.Add("entities=" + string.Join(',', Entities));
        }

        if (From is { } from)
        {
            parts.Add("from=" + from.Text);
        }

        if (To is { } to)
        {
            parts.Add("to=" + to.Text);
        }

        if (!dataOnly)
        {
            var inv = CultureInfo.InvariantCulture;
            if (Width != ChartSize.Default.Width)
            {
                parts.Add("width=" + Width.ToString(inv));
            }

            if (Height != ChartSize.Default.Height)
            {
                parts.Add("height=" + Height.ToString(inv));
            }

            if (Scale != 1)
            {
                parts.Add("scale=" + Scale.ToString(inv));
            }

            if (Theme != ChartTheme.Light)
            {
                parts.Add("theme=" + Theme.Name);
            }
        }

        return string.Join('&', parts);
    }

    public string Path(string indicatorId, ChartFormat format)
    {
        var query = Canonical(format == ChartFormat.Csv);
        var sb = new StringBuilder("/charts/").Append(indicatorId).Append('.').Append(format.ToString().ToLowerInvariant());
        return query.Length == 0 ? sb.ToString() : sb.Append('?').Append(query).ToString();
    }
}
