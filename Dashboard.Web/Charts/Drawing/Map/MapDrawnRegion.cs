namespace Dashboard.Web.Charts.Drawing.Map;

/// <summary>A country as last drawn: its code, its fill path as SVG path data, and its accessible title.</summary>
internal sealed record MapDrawnRegion(string Code, string PathData, string Title);
