namespace Dashboard.Web.Charts.Drawing;

/// <summary>A direct label at a series' line end: text, the series' entity code (colour) and its last value.</summary>
internal sealed record EndLabel(string Text, string Code, double Value, string? MarkerCode = null);
