using Dashboard.Web.Caching;
using Dashboard.Web.Pages.Display;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dashboard.Web.Pages.Indicators;

/// <summary>Every indicator with its row count (also on the Overview); the parent of <c>/indicators/{id}</c>.</summary>
[DataPage]
public sealed class IndexModel(IndicatorList list) : PageModel
{
    public IReadOnlyList<IndicatorListItem> Indicators { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Indicators = await list.GetAsync(ct);
}
