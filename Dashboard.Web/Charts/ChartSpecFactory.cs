using Dashboard.Web.Charts.Composing;
using Dashboard.Web.Charts.Loading;
using Dashboard.Web.Charts.Model;
using Dashboard.Web.Charts.Selection;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Charts;

/// <summary>
/// The <see cref="ChartSpec"/> of a selection: <see cref="ChartLoader"/> reads the inputs (the only store access),
/// <see cref="ChartComposer"/> composes them (pure).
/// </summary>
public sealed class ChartSpecFactory(ChartLoader loader, IOptions<ChartOptions> options)
{
    /// <summary>The spec, or null when the indicator does not exist.</summary>
    public async Task<ChartSpec?> CreateAsync(ChartSelection selection, CancellationToken ct = default) =>
        await loader.LoadAsync(selection, ct) is { } inputs ? ChartComposer.Compose(inputs, options.Value) : null;
}
