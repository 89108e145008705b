using Dashboard.Data.Queries;

namespace Dashboard.Web.Pages.Display;

/// <summary>Every indicator with the count of the rows it shows, in dimension and name order, in one read of the store.</summary>
public sealed class IndicatorList(IndicatorQueries indicators)
{
    public async Task<IReadOnlyList<IndicatorListItem>> GetAsync(CancellationToken ct) => Items(await indicators.GetIndicatorSummariesAsync(ct));

    /// <summary>The indicator list and every entity, in one read of the store.</summary>
    public async Task<(IReadOnlyList<IndicatorListItem> Indicators, IReadOnlyList<Dashboard.Data.Model.Entity> Entities)> GetWithEntitiesAsync(CancellationToken ct)
    {
        var catalogue = await indicators.GetCatalogueAsync(ct);
        return (Items(catalogue.Indicators), catalogue.Entities);
    }

    private static List<IndicatorListItem> Items(IReadOnlyList<IndicatorSummary> summaries) =>
        summaries.Select(s => new IndicatorListItem
        {
            Id = s.Id,
            Name = s.Name,
            Dimension = s.Dimension,
            Unit = s.Unit,
            ChartKind = s.ChartKind,
            Count = s.RowCount,
        }).ToList();
}
