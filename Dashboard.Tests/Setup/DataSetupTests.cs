using Dashboard.Tests.Support;

namespace Dashboard.Tests.Setup;

public sealed class DataSetupTests
{
    [Fact]
    public void BuildStore_BrokenDataFolder_RefusesToStartListingEveryError()
    {
        using var folder = new TestDataFolder();
        folder.ReplaceLine("observations/paper.csv", 2, "arms-import-share,CA5,CHN,2010-2014,,\"1,5\",paper,§2.1,stated,,");
        folder.ReplaceLine("observations/paper.csv", 4, "top500-systems,XXX,,2019-11,,228,paper,§2.4,stated,,");
        using var factory = new DashboardFactory(folder.Path);

        var ex = Assert.Throws<Dashboard.Data.Import.ImportFailedException>(() => factory.CreateClient());

        Assert.Contains("Import failed with 2 errors:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("data/observations/paper.csv line 2, column value: '1,5' is not a number (use '.' as decimal separator)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("data/observations/paper.csv line 4, column entity: 'XXX' is not a known entity", ex.Message, StringComparison.Ordinal);
    }
}
