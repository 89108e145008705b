namespace Dashboard.Web.Charts.Selection;

/// <summary>
/// What a drawing holds besides the data: <see cref="Full"/> — title, subtitle, notes and source line, as every
/// download has them — or <see cref="DataOnly"/>: the data area with its axes and key, for a slide that prints the
/// chart's texts itself (a PowerPoint deck's picture), so nothing is said twice.
/// </summary>
public enum ChartFraming
{
    Full,
    DataOnly,
}
