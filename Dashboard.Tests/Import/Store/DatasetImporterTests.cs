using Dapper;
using Dashboard.Data;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Store;
using Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Import.Store;

public sealed class DatasetImporterTests : IDisposable
{
    private readonly TestDataFolder _folder = new();
    private readonly TestDatabase _db = new();
    private readonly SqliteConnection _c;

    public DatasetImporterTests()
    {
        _c = _db.Open();
        DataFolderImporter.Import(_c, _folder.Path);
        Database.SetMeta(_c, "data_version", "before");
    }

    public void Dispose()
    {
        _c.Dispose();
        _folder.Dispose();
        _db.Dispose();
    }

    private static DatasetImportRequest Request(string id = "my-upload", bool dryRun = false) =>
        new() { DatasetId = id, FileName = id + ".csv", ContentHash = "hash-" + id, DryRun = dryRun };

    private DatasetImportReport Apply(ContentBuilder content, DatasetImportRequest request) =>
        DatasetImporter.Apply(_c, content.Content, request, new ErrorList());

    private static ContentBuilder Version1() => new ContentBuilder()
        .WithIndicator(ContentBuilder.Indicator("ai-papers"))
        .WithEntity("TJK", "Tajikistan")
        .Row("ai-papers", "KAZ", "2019", 10)
        .Row("ai-papers", "KAZ", "2020", 11)
        .Row("ai-papers", "TJK", "2020", 3)
        .Row("top500-systems", "KAZ", "2019-11", 1);

    private long Count(string sql, object? args = null) => _c.ExecuteScalar<long>(sql, args);

    [Fact]
    public void Apply_NewDataset_InsertsRowsDefinitionsAndNewDataVersion()
    {
        var result = Apply(Version1(), Request());

        Assert.True(result.Applied, string.Join("\n", result.Errors));
        Assert.Equal(4, result.RowCount);
        Assert.Equal(["ai-papers"], result.NewIndicators);
        Assert.Equal(["TJK"], result.NewEntities);
        Assert.Equal(4, Count("SELECT COUNT(*) FROM observations WHERE dataset_id = 'my-upload'"));
        Assert.Equal(4, Count("SELECT row_count FROM datasets WHERE id = 'my-upload' AND origin = 'upload'"));
        Assert.Equal("Test indicator", _c.ExecuteScalar<string>("SELECT name FROM indicators WHERE id = 'ai-papers'"));
        Assert.NotEqual("before", _c.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'data_version'"));
        Assert.Equal(result.DataVersion, _c.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'data_version'"));
    }

    [Fact]
    public void Apply_DryRunOfReplacement_ReportsNewChangedRemovedPerIndicatorAndChangesNothing()
    {
        Apply(Version1(), Request());
        var version = _c.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'data_version'");
        var version2 = new ContentBuilder()
            .WithIndicator(ContentBuilder.Indicator("ai-papers"))
            .WithEntity("TJK", "Tajikistan")
            .Row("ai-papers", "KAZ", "2019", 10)              // unchanged
            .Row("ai-papers", "KAZ", "2020", 12)              // changed value
            .Row("ai-papers", "KAZ", "2021", 13)              // new
            .Row("ai-papers", "TJK", "2020", 3, note: "rev")  // changed note
            .Row("top500-systems", "KGZ", "2019-11", 1);      // new; KAZ 2019-11 removed

        var result = Apply(version2, Request(dryRun: true));

        Assert.False(result.Applied);
        Assert.Empty(result.Errors);
        Assert.True(result.Replaces);
        Assert.Equal(4, result.PreviousRowCount);
        Assert.Equal(5, result.RowCount);
        var papers = Assert.Single(result.Diff, d => d.IndicatorId == "ai-papers");
        Assert.Equal((1L, 2L, 0L, 1L), (papers.New, papers.Changed, papers.Removed, papers.Unchanged));
        var changed = Assert.Single(papers.Samples, s => s.Kind == "changed" && s.Entity == "KAZ");
        Assert.Equal((11.0, 12.0, "value"), (changed.OldValue, changed.NewValue, changed.ChangedFields));
        Assert.Contains(papers.Samples, s => s is { Kind: "changed", Entity: "TJK", ChangedFields: "note" });
        var top500 = Assert.Single(result.Diff, d => d.IndicatorId == "top500-systems");
        Assert.Equal((1L, 0L, 1L), (top500.New, top500.Changed, top500.Removed));
        Assert.Contains(top500.Samples, s => s is { Kind: "removed", Entity: "KAZ", Period: "2019-11", OldValue: 1.0 });

        // Nothing changed: same rows, same value, same data version.
        Assert.Equal(11.0, _c.ExecuteScalar<double>("SELECT value FROM observations WHERE indicator_id = 'ai-papers' AND entity_code = 'KAZ' AND period = '2020'"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM observations WHERE entity_code = 'KGZ' AND indicator_id = 'top500-systems'"));
        Assert.Equal(version, _c.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'data_version'"));
    }

    [Fact]
    public void Apply_Replacement_ReplacesPreviousObservations()
    {
        Apply(Version1(), Request());

        var result = Apply(new ContentBuilder().Row("top500-systems", "KGZ", "2019-11", 2), Request());

        Assert.True(result.Applied);
        Assert.Equal(1, Count("SELECT COUNT(*) FROM observations WHERE dataset_id = 'my-upload'"));
        // The indicator and entity only the old version brought, now unused, are gone with it.
        Assert.Equal(0, Count("SELECT COUNT(*) FROM indicators WHERE id = 'ai-papers'"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM entities WHERE code = 'TJK'"));
    }

    [Fact]
    public void Apply_DryRunOfNewDataset_ChangesNothing()
    {
        var result = Apply(Version1(), Request(dryRun: true));

        Assert.False(result.Applied);
        Assert.Equal(4, result.Diff.Sum(d => d.New));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM indicators WHERE id = 'ai-papers'"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM datasets WHERE id = 'my-upload'"));
        Assert.Equal("before", _c.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'data_version'"));
    }

    public static TheoryData<string, string> BrokenContent => new()
    {
        { "indicator-redefined", "column indicator: 'top500-systems' is already defined differently in the store (name: stored 'TOP500 systems', file 'Test indicator'" },
        { "entity-redefined", "column entity: 'KAZ' is already defined differently in the store (stored: Kazakhstan (country); file: Qazaqstan (country))" },
        { "source-redefined", "column source: 'paper' is already defined differently in the store (citation: stored" },
        { "unknown-indicator", "line 2, column indicator: 'nope' is not a known indicator" },
        { "unknown-entity", "line 2, column entity: 'XXX' is not a known entity" },
        { "unknown-counterpart", "line 2, column counterpart: 'ZZZ' is not a known entity" },
        { "same-counterpart", "line 2, column counterpart: 'KAZ' is the same as entity" },
        { "unknown-source", "line 2, column source: 'nobody' is not a known source" },
        { "out-of-range", "line 2, column value: '501' is out of range for 'top500-systems' (systems) (0 to 500)" },
        { "key-of-shipped", "line 2, column period: '2019-11' duplicates the key (indicator top500-systems, entity CHN, period 2019-11) already given in dataset 'paper' line 4" },
        { "duplicate-in-file", "line 3, column period: '2019-11' duplicates the key (indicator top500-systems, entity KAZ, period 2019-11) already given in dataset 'my-upload' line 2" },
        { "bad-indicator", "column indicator: 'Bad_Id' is not a valid indicator definition" },
        { "bad-group", "column members: 'QQQ' of group 'CA2' is not a known entity" },
        { "country-not-iso", "column entity: 'CA2' is a country without an ISO 3166-1 alpha-3 code" },
        { "indicator-without-description", "column indicator: 'ai-papers' is not a valid indicator definition (slug id, name, unit, description," },
        { "empty-entity", "line 2, column entity: is required but empty" },
        { "shipped-id", "column dataset: 'paper' is a shipped dataset" },
        { "bad-id", "column dataset: 'Not A Slug' is not a valid dataset id" },
    };

    [Theory]
    [MemberData(nameof(BrokenContent))]
    public void Apply_BrokenContent_ReportsErrorAndWritesNothing(string kind, string expected)
    {
        var id = kind switch { "shipped-id" => "paper", "bad-id" => "Not A Slug", _ => "my-upload" };
        var content = kind switch
        {
            "indicator-redefined" => new ContentBuilder().WithIndicator(ContentBuilder.Indicator("top500-systems")).Row("top500-systems", "KAZ", "2019-11", 1),
            "entity-redefined" => new ContentBuilder().WithEntity("KAZ", "Qazaqstan").Row("top500-systems", "KAZ", "2019-11", 1),
            "source-redefined" => new ContentBuilder().WithSource("paper", "Another paper").Row("top500-systems", "KAZ", "2019-11", 1),
            "unknown-indicator" => new ContentBuilder().Row("nope", "KAZ", "2019", 1),
            "unknown-entity" => new ContentBuilder().Row("top500-systems", "XXX", "2019-11", 1),
            "unknown-counterpart" => new ContentBuilder().Row("top500-systems", "KAZ", "2019-11", 1, counterpart: "ZZZ"),
            "same-counterpart" => new ContentBuilder().Row("top500-systems", "KAZ", "2019-11", 1, counterpart: "KAZ"),
            "unknown-source" => new ContentBuilder().Row("top500-systems", "KAZ", "2019-11", 1, source: "nobody"),
            "out-of-range" => new ContentBuilder().Row("top500-systems", "KAZ", "2019-11", 501),
            "key-of-shipped" => new ContentBuilder().Row("top500-systems", "CHN", "2019-11", 5),
            "duplicate-in-file" => new ContentBuilder().Row("top500-systems", "KAZ", "2019-11", 5).Row("top500-systems", "KAZ", "2019-11", 6),
            "bad-indicator" => new ContentBuilder().WithIndicator(ContentBuilder.Indicator("Bad_Id")).Row("top500-systems", "KAZ", "2019-11", 1),
            "bad-group" => new ContentBuilder().WithEntity("CA2", "Two", "group", "KAZ", "QQQ").Row("top500-systems", "KAZ", "2019-11", 1),
            "country-not-iso" => new ContentBuilder().WithEntity("CA2", "Two").Row("top500-systems", "CA2", "2019-11", 1),
            "indicator-without-description" => new ContentBuilder().WithIndicator(ContentBuilder.Indicator("ai-papers") with { Description = " " }).Row("ai-papers", "KAZ", "2019", 1),
            "empty-entity" => new ContentBuilder().Row("top500-systems", "", "2019-11", 1),
            _ => new ContentBuilder().Row("top500-systems", "KAZ", "2019-11", 1),
        };
        var observationsBefore = Count("SELECT COUNT(*) FROM observations");

        var result = Apply(content, Request(id));

        Assert.False(result.Applied);
        Assert.Contains(result.Errors, e => e.ToString().Contains(expected, StringComparison.Ordinal));
        Assert.All(result.Errors, e => Assert.StartsWith(id + ".csv", e.ToString(), StringComparison.Ordinal));
        Assert.Equal(observationsBefore, Count("SELECT COUNT(*) FROM observations"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM datasets WHERE origin = 'upload'"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM entities WHERE code IN ('CA2', 'QQQ')"));
        Assert.Equal("Kazakhstan", _c.ExecuteScalar<string>("SELECT name FROM entities WHERE code = 'KAZ'"));
        Assert.Equal("before", _c.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'data_version'"));
    }

    [Fact]
    public void Apply_ReplacementRedefinesIndicatorOnlyItBrought_UpdatesDefinition()
    {
        Apply(Version1(), Request());
        var v2 = new ContentBuilder().WithIndicator(ContentBuilder.Indicator("ai-papers", "AI papers (revised)")).Row("ai-papers", "KAZ", "2019", 10);

        var result = Apply(v2, Request());

        Assert.True(result.Applied, string.Join("\n", result.Errors));
        Assert.Equal("AI papers (revised)", _c.ExecuteScalar<string>("SELECT name FROM indicators WHERE id = 'ai-papers'"));
    }

    [Fact]
    public void Apply_OtherDatasetRedefinesUploadedIndicator_Errors()
    {
        Apply(Version1(), Request());
        var other = new ContentBuilder().WithIndicator(ContentBuilder.Indicator("ai-papers", "Something else")).Row("ai-papers", "KGZ", "2019", 1);

        var result = Apply(other, Request("other"));

        Assert.False(result.Applied);
        Assert.Contains(result.Errors, e => e.ToString().Contains("'ai-papers' is already defined differently", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_TwoDatasetsShareIndicator_RemovingOneKeepsIt()
    {
        Apply(Version1(), Request());
        var other = new ContentBuilder().WithIndicator(ContentBuilder.Indicator("ai-papers")).Row("ai-papers", "KGZ", "2019", 1);
        Assert.True(Apply(other, Request("other")).Applied);

        Assert.True(DatasetRemoval.Remove(_c, "my-upload"));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM indicators WHERE id = 'ai-papers'"));

        Assert.True(DatasetRemoval.Remove(_c, "other"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM indicators WHERE id = 'ai-papers'"));
    }

    [Fact]
    public void Remove_UploadedDataset_RemovesRowsDefinitionsAndChangesDataVersion()
    {
        Apply(Version1(), Request());
        var version = _c.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'data_version'");

        Assert.True(DatasetRemoval.Remove(_c, "my-upload"));

        Assert.Equal(0, Count("SELECT COUNT(*) FROM observations WHERE dataset_id = 'my-upload'"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM datasets WHERE id = 'my-upload'"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM indicators WHERE id = 'ai-papers'"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM entities WHERE code = 'TJK'"));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM indicators WHERE id = 'top500-systems'"));
        Assert.NotEqual(version, _c.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'data_version'"));
    }

    [Fact]
    public void Remove_UnknownDataset_ReturnsFalse() => Assert.False(DatasetRemoval.Remove(_c, "nothing-here"));

    [Fact]
    public void Remove_ShippedDataset_ThrowsAndKeepsIt()
    {
        Assert.Throws<InvalidOperationException>(() => DatasetRemoval.Remove(_c, "paper"));
        Assert.Equal(6, Count("SELECT COUNT(*) FROM observations WHERE dataset_id = 'paper'"));
    }
}
