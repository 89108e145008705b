namespace Dashboard.Web.Pages.Overview;

/// <summary>
/// The paper's findings per dimension, worded neutrally and kept to what the paper states (Kalkan Küçüksolak &amp;
/// Fırat 2023); every number here is also a row of <c>data/</c> that the linked charts draw.
/// </summary>
public static class Findings
{
    public const string PaperSourceId = "kalkan-firat-2023";

    public const string Thesis =
        "The paper argues that China's use of AI across military, economic and political instruments could shift the "
        + "Sino-Russian \"de facto duopoly\" in Central Asia, in which Russia leads on security and China on economic "
        + "development, towards strategic competition.";

    public const string ThesisCitation = "Kalkan Küçüksolak & Fırat (2023), Introduction, §2.1 (citing Dubnov 2018) and Conclusion";

    /// <summary>How many key charts a dimension shows at most.</summary>
    public const int ChartsPerDimension = 2;

    public static IReadOnlyList<DimensionFinding> All { get; } =
    [
        new()
        {
            Dimension = "military",
            Heading = "Military",
            Finding = "China's share of Central Asian arms imports rose from 1.5 % in 2010–2014 to 18 % in the paper's "
                + "\"last five years\" (read here as 2015–2019), while Russia remains the region's principal security "
                + "partner and largest arms supplier.",
            Citation = "Kalkan Küçüksolak & Fırat (2023), §2.1, citing Zanini (2022, p. 2), and §3.1, citing Pieper (2022, p. 30)",
            SourceId = PaperSourceId,
            // The supplier shares of all five states over every window are too many bars for one image: the region as a whole.
            KeyCharts = ["arms-import-share", new KeyChart("arms-supplier-share-5y") { Entities = ["CA5"] }, "arms-tiv-delivered"],
        },
        new()
        {
            Dimension = "economic",
            Heading = "Economic",
            Finding = "Almost 40 % of Kyrgyzstan's public debt and half of Tajikistan's are owed to Chinese banks, "
                + "an example the paper gives of growing indebtedness and technological dependence on China.",
            Citation = "Kalkan Küçüksolak & Fırat (2023), §2.2, citing Hoagland et al. (2020)",
            SourceId = PaperSourceId,
            KeyCharts = ["public-debt-share-china", "external-debt-share-china-bilateral", "external-debt-share-china-private"],
        },
        new()
        {
            Dimension = "political",
            Heading = "Political",
            Finding = "The paper gives Safe/Smart City deployments in Bishkek, Dushanbe (1,200 cameras, built by Huawei "
                + "for US$22 million, of which US$20.91 million was a loan from China) and Ashgabat as examples of "
                + "China's projects in the region, and discusses the criticism that such exports spread \"digital "
                + "authoritarianism\".",
            Citation = "Kalkan Küçüksolak & Fırat (2023), §2.2 footnote 2, citing Ruowei (2019), and §2.3, citing Feldstein (2019)",
            SourceId = PaperSourceId,
            KeyCharts = ["safe-city-projects", "aigs-safe-city", "ai-strategy-events"],
        },
        new()
        {
            Dimension = "technology",
            Heading = "Technology",
            Finding = "On the TOP500 list the paper cites (its figures match November 2019), China had 228 of the world's "
                + "500 most powerful supercomputers, the United States 117 and Russia 3.",
            Citation = "Kalkan Küçüksolak & Fırat (2023), §3.3, citing Markotkin & Chernenko (2020)",
            SourceId = PaperSourceId,
            // The paper's own TOP500 figures (top500-systems-paper, where the primary series is loaded) come first.
            KeyCharts = ["top500-systems-paper", "top500-systems", "top500-rmax-share", "china-ai-industry-size", "ai-publications"],
        },
    ];
}
