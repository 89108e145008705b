using Dashboard.Data.Model;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Selection;

namespace Dashboard.Web.Export;

/// <summary>
/// The named decks. <c>paper</c> tells the paper's story in its order — arms, supercomputers, debt, Safe City,
/// strategies — putting each figure the paper prints beside the primary series where one exists. Slides name
/// indicators, entities and periods only; every number comes from the store when the slide is shown.
/// </summary>
public static class DeckCatalog
{
    public const string DefaultDeckId = "paper";

    public static Deck Paper { get; } = new(
        "paper",
        "China and Russia in Central Asia: the paper's story",
        [
            new DeckItem(Chart("arms-import-share", "CA5"), "Arms: how much of Central Asia's arms imports come from China?", Reveal: true),
            new DeckItem(Chart("arms-supplier-share-5y", "CA5"), "Arms in SIPRI's record: who supplied Central Asia, five years at a time?", Reveal: true, PredictTo: "2010-2014"),
            new DeckItem(Chart("top500-systems", "CHN", "USA", "RUS"), "Supercomputers: who owns the world's 500 fastest machines?", Reveal: true, PredictTo: "2009-11"),
            new DeckItem(Chart("public-debt-share-china", "KGZ", "TJK"), "Debt: how much do Kyrgyzstan and Tajikistan owe Chinese banks?"),
            new DeckItem(Chart("external-debt-share-china-bilateral", "KGZ", "TJK"), "Debt over time: the share of long-term public external debt owed to the Chinese state", Reveal: true, PredictTo: "2009"),
            new DeckItem(Chart("safe-city-projects"), "Safe City: surveillance platforms in Central Asian capitals"),
            new DeckItem(Chart("ai-strategy-events") with { From = Period.Parse("2016") }, "Strategies: AI plans, targets and military milestones"),
        ]);

    public static IReadOnlyList<Deck> All { get; } = [Paper];

    /// <summary>The deck with this id (case-insensitive), or null.</summary>
    public static Deck? Find(string? id) =>
        All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));

    private static ChartSelection Chart(string indicator, params string[] entities) => new() { Indicator = indicator, Entities = entities };
}
