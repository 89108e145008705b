namespace Dashboard.Web.Charts.Drawing;

/// <summary>One key entry under the subtitle: the entity code gives colour, dash and marker.</summary>
internal sealed record LegendEntry(string Name, string Code, LegendSwatch Swatch, string? MarkerCode = null);
