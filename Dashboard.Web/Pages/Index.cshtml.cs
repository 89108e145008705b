using Dashboard.Data.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dashboard.Web.Pages;

public sealed class IndexModel(IndicatorQueries indicators) : PageModel
{
    public IReadOnlyList<IndicatorSummary> Indicators { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Indicators = await indicators.GetIndicatorSummariesAsync(ct);
}
