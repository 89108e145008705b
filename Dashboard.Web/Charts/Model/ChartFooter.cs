namespace Dashboard.Web.Charts.Model;

/// <summary>
/// The source line under a chart, in its parts: the short citations of the rows shown (the paper's with the sources it
/// cites), a credit for what is drawn besides the data (a map's boundaries), and the site. <see cref="Text"/> joins
/// them as printed ("Source: TOP500.org (2026) · Boundaries: Natural Earth · GeoAI Dashboard"); drawers that must
/// shorten it keep <see cref="Site"/> whole and shorten the citations.
/// </summary>
public sealed record ChartFooter
{
    /// <summary>"TOP500.org (2026); Kalkan Küçüksolak &amp; Fırat (2023), citing Zanini 2022, p. 2", or "no data shown".</summary>
    public string Citations { get; init; } = "";

    /// <summary>A credit for something drawn besides the data, e.g. "Boundaries: Natural Earth"; null when none.</summary>
    public string? Credit { get; init; }

    public string Site { get; init; } = "";

    /// <summary>The word before the citations, in the chart's language ("Source", "Источник", "Kaynak").</summary>
    public string SourceWord { get; init; } = "Source";

    public bool IsEmpty => Citations.Length == 0 && Credit is null && Site.Length == 0;

    /// <summary>The line as printed; empty for an empty footer.</summary>
    public string Text => string.Join(" · ", new[] { Citations.Length == 0 ? "" : SourceWord + ": " + Citations, Credit ?? "", Site }.Where(p => p.Length > 0));

    /// <summary>The line without the site, for places that print the site elsewhere.</summary>
    public string TextWithoutSite => string.Join(" · ", new[] { Citations.Length == 0 ? "" : SourceWord + ": " + Citations, Credit ?? "" }.Where(p => p.Length > 0));

    public override string ToString() => Text;
}
