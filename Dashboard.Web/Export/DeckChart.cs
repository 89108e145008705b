using Dashboard.Web.Charts.Model;

namespace Dashboard.Web.Export;

/// <summary>A slide of a deck with its chart resolved once (<see cref="DeckCharts.ResolveAsync"/>).</summary>
public sealed record DeckChart(DeckSlide Slide, ChartSpec Spec);
