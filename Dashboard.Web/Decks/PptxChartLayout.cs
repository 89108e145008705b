namespace Dashboard.Web.Decks;

/// <summary>
/// The boxes of one chart slide's content area (<see cref="PptxSlideArea.Layout"/>): subtitle, visual, caveats and
/// source line (null when the slide has none), and their text sizes in hundredths of a point.
/// </summary>
public sealed record PptxChartLayout(PptxBox? Subtitle, PptxBox Visual, PptxBox? Caveats, PptxBox? Source, int SubtitleSize, int CaveatSize, int SourceSize);
