using Dashboard.Web.Charts.Model;

namespace Dashboard.Web.Charts.Points;

/// <summary>
/// Where one of the paper's figures (<see cref="ChartSpec.Marks"/>[<see cref="Mark"/>]) was drawn, in image pixels:
/// the ◆ centred on (<see cref="X"/>, <see cref="Y"/>), <see cref="Size"/> across, and its label's box (empty when
/// the label is drawn once for a group, at another mark).
/// </summary>
public sealed record MarkPosition(int Mark, float X, float Y, float Size, float LabelLeft, float LabelTop, float LabelRight, float LabelBottom);
