namespace Dashboard.Web.Charts.Drawing;

/// <summary>How a key entry is drawn: a line with its marker, a filled box (bars), or text alone ("+3 more").</summary>
internal enum LegendSwatch
{
    Line,
    Box,
    None,
}
