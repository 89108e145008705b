using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;
using Dashboard.Web.Export;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Support;

/// <summary>Export settings and decks built through the app's own services, as the endpoints and the CLI build them.</summary>
public static class Exports
{
    /// <summary>Settings parsed from words, asserting they are valid.</summary>
    public static ExportSettings Settings(string? preset, string? width = null, string? height = null, string? scale = null, string? theme = null)
    {
        var (settings, errors) = ExportSettings.Parse(preset, width, height, scale, theme, new ChartOptions());
        Assert.False(errors.Any, string.Join(" ", errors.Messages));
        return settings;
    }

    /// <summary>Every chart of the deck, resolved (asserting they all are).</summary>
    public static async Task<IReadOnlyList<ResolvedItem>> ResolveAsync(IServiceProvider services, Deck deck)
    {
        var resolution = await DeckResolution.ResolveAsync(deck, services.GetRequiredService<ChartResolver>(), CancellationToken.None);
        Assert.True(resolution.IsValid, resolution.UnknownChart ?? string.Join(" ", resolution.Errors.Messages));
        return resolution.Items;
    }

    /// <summary>The deck as a .pptx file.</summary>
    public static async Task<ExportFile> DeckAsync(IServiceProvider services, Deck deck, PptxSettings settings, string baseUrl = "") =>
        await services.GetRequiredService<PptxBuilder>().BuildAsync(deck, await ResolveAsync(services, deck), settings, baseUrl, CancellationToken.None);
}
