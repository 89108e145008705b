using Dashboard.Data;
using Dashboard.Data.Import;
using Dashboard.Data.Queries;
using Dashboard.Tests.Support;
using Dashboard.Web.Charts.Selection;

namespace Dashboard.Tests.Localization;

public sealed class DataTextsTests : IDisposable
{
    private readonly TestDataFolder _data = new();
    private readonly TestDatabase _db = new();

    public void Dispose()
    {
        _db.Dispose();
        _data.Dispose();
    }

    [Fact]
    public async Task Build_TranslatedTexts_ChartInRussianUsesThem()
    {
        Directory.CreateDirectory(Path.Combine(_data.Path, "i18n"));
        _data.Write("i18n/ru.csv", """
            key,text
            indicator.top500-systems.name,Системы TOP500
            indicator.top500-systems.unit,систем
            entity.CA5.name,Центральная Азия
            """);
        _db.Database.EnsureBuilt(_data.Path);
        var resolver = SpecFactories.For(_db.Database, new ChartOptions { PaperSourceId = "paper" });

        var ru = await resolver.SpecAsync(new ChartSelection { Indicator = "top500-systems", Culture = "ru" });
        var en = await resolver.SpecAsync(new ChartSelection { Indicator = "top500-systems" });
        var tr = await resolver.SpecAsync(new ChartSelection { Indicator = "top500-systems", Culture = "tr" });

        Assert.Equal("Системы TOP500", ru!.Title);
        Assert.Equal("систем", ru.Unit);
        Assert.Contains("Китай", ru.Series.Select(s => s.Name));
        Assert.Equal("TOP500 systems", en!.Title);
        Assert.Equal("TOP500 systems", tr!.Title);
        Assert.Contains("Çin", tr.Series.Select(s => s.Name));
    }

    [Theory]
    [InlineData("indicator.no-such-indicator.name,Нет", 2, "names no text of this data folder")]
    [InlineData("entity.CHN.name,Китай", 2, "names no text of this data folder")]
    [InlineData("indicator.arms-import-share.unit,проц.", 2, "names no text of this data folder")]
    [InlineData("indicator.top500-systems.name,", 2, "is required but empty")]
    [InlineData("event.No such event,Нет такого события", 2, "names no text of this data folder")]
    public void Build_BadTextsRow_RefusedNamingFileLineAndColumn_NothingStored(string row, int line, string rule)
    {
        Directory.CreateDirectory(Path.Combine(_data.Path, "i18n"));
        _data.Write("i18n/ru.csv", "key,text\n" + row);

        var error = Assert.Throws<ImportFailedException>(() => _db.Database.EnsureBuilt(_data.Path));

        Assert.Contains($"i18n/ru.csv line {line}", error.Message, StringComparison.Ordinal);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DuplicateKeyOrFileNotACulture_Refused()
    {
        Directory.CreateDirectory(Path.Combine(_data.Path, "i18n"));
        _data.Write("i18n/ru.csv", "key,text\nindicator.top500-systems.name,А\nindicator.top500-systems.name,Б");
        _data.Write("i18n/Russian.csv", "key,text");

        var error = Assert.Throws<ImportFailedException>(() => _db.Database.EnsureBuilt(_data.Path));

        Assert.Contains("i18n/ru.csv line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("duplicate", error.Message, StringComparison.Ordinal);
        Assert.Contains("i18n/Russian.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShippedData_EveryTextsFile_ImportsAndNamesOnlyKnownKeys()
    {
        _db.Database.EnsureBuilt(Path.Combine(RepoPaths.Root, "data"));
        var texts = await new DataTextQueries(_db.Database).GetAllAsync();
        Assert.Contains(texts, t => t.Culture == "ru" && t.Key == "indicator.top500-systems.name");
        Assert.Contains(texts, t => t.Culture == "tr" && t.Key == "indicator.top500-systems.name");
    }
}
