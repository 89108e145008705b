using Dashboard.Web.Charts.Model;

namespace Dashboard.Web.Export;

/// <summary>An item of a deck with its chart resolved once (<see cref="DeckResolution.ResolveAsync"/>).</summary>
public sealed record ResolvedItem(DeckItem Item, ChartSpec Spec);
