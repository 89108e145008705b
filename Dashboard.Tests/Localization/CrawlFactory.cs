using Dashboard.Tests.Support;

namespace Dashboard.Tests.Localization;

/// <summary>The shipped data with the pages' rate limit raised: a crawl of every page in two languages is hundreds of requests from one address.</summary>
public sealed class CrawlFactory() : DashboardFactory(dataDirectory: null, new Dictionary<string, string?>
{
    ["RateLimit:Pages:PermitLimit"] = "100000",
    ["RateLimit:Charts:PermitLimit"] = "100000",
});
