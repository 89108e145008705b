using Dashboard.Data.Model;

namespace Dashboard.Web.Export;

/// <summary>File-name stems for a chart as requested, from what it actually shows (entities and period span).</summary>
public sealed class ExportNaming(ChartFactsReader facts)
{
    public async Task<string> StemAsync(ExportPanelRequest chart, CancellationToken ct)
    {
        Period? from = Period.TryParse(chart.From, out var f, out _) ? f : null;
        Period? to = Period.TryParse(chart.To, out var t, out _) ? t : null;
        var read = await facts.ReadAsync(chart.Indicator, chart.Entities, from, to, ct);
        return read is null
            ? ExportFileName.Slug(chart.Indicator)
            : ExportFileName.Stem(read.EntityNames, chart.Indicator, read.FirstYear, read.LastYear);
    }
}
