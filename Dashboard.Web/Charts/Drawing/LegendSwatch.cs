namespace Dashboard.Web.Charts.Drawing;

/// <summary>How a key entry is drawn: a line with its marker, or a filled box (bars).</summary>
internal enum LegendSwatch
{
    Line,
    Box,
}
