using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Styling;

namespace Dashboard.Web.Decks;

/// <summary>
/// One series of a native chart: its legend name, colour (<c>#RRGGBB</c>), line dash (line and slope charts) and one
/// value per category, null for a gap. <see cref="PointColors"/>: a colour per category instead (bars of one series
/// that stand for different countries), or empty.
/// </summary>
public sealed record PptxSeries(string Name, string ColorHex, IReadOnlyList<double?> Values, DashStyle Dash = DashStyle.Solid)
{
    public IReadOnlyList<string> PointColors { get; init; } = [];
}
