using System.Globalization;
using System.Text;

namespace Dashboard.Web.Export;

/// <summary>
/// The address of one rendering of a chart on the chart endpoint (<c>/charts/{indicator}.{png|svg|csv}</c>):
/// the export panel, the briefing pack and presentation mode all ask for images through these parameters.
/// </summary>
public sealed record ChartLink(
    string Indicator,
    IReadOnlyList<string> Entities,
    string? From,
    string? To,
    int Width,
    int Height,
    int Scale,
    string Theme)
{
    /// <summary>Relative URL of the chart in a format (<c>png</c>, <c>svg</c> or <c>csv</c>).</summary>
    public string Url(string format)
    {
        var sb = new StringBuilder("/charts/").Append(Uri.EscapeDataString(Indicator)).Append('.').Append(format);
        var sep = '?';
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                sb.Append(sep).Append(name).Append('=').Append(Uri.EscapeDataString(value));
                sep = '&';
            }
        }

        Add("entities", string.Join(',', Entities));
        Add("from", From);
        Add("to", To);
        if (format != "csv")
        {
            Add("width", Width.ToString(CultureInfo.InvariantCulture));
            Add("height", Height.ToString(CultureInfo.InvariantCulture));
            Add("scale", Scale.ToString(CultureInfo.InvariantCulture));
            Add("theme", Theme);
        }

        return sb.ToString();
    }

    /// <summary>Pixel size of the image: the 1× size times the scale.</summary>
    public int PixelWidth => Width * Scale;

    public int PixelHeight => Height * Scale;
}
