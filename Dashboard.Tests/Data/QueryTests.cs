using Dashboard.Data.Import;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Model;
using Dashboard.Data.Queries;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Data;

public sealed class QueryTests : IDisposable
{
    private readonly TestDataFolder _folder = new();
    private readonly TestDatabase _db = new();

    public QueryTests()
    {
        using var c = _db.Open();
        DataFolderImporter.Import(c, _folder.Path);
    }

    public void Dispose()
    {
        _folder.Dispose();
        _db.Dispose();
    }

    [Fact]
    public async Task GetIndicatorSummariesAsync_All_CountsObservations()
    {
        var list = await new IndicatorQueries(_db.Database).GetIndicatorSummariesAsync();

        Assert.Equal(2, list.Single(i => i.Id == "arms-import-share").ObservationCount);
        Assert.Equal(4, list.Single(i => i.Id == "top500-systems").ObservationCount);
    }

    [Fact]
    public async Task GetIndicatorAsync_UnknownId_ReturnsNull()
    {
        Assert.Null(await new IndicatorQueries(_db.Database).GetIndicatorAsync("nope"));
        Assert.Equal("TOP500 systems", (await new IndicatorQueries(_db.Database).GetIndicatorAsync("top500-systems"))!.Name);
    }

    [Fact]
    public async Task GetObservationsAsync_EntitiesAndPeriodRange_FiltersAndOrders()
    {
        var q = new ObservationQueries(_db.Database);

        var all = await q.GetObservationsAsync("top500-systems");
        var rus = await q.GetObservationsAsync("top500-systems", new ObservationFilter { Entities = ["RUS"] });
        var from2020 = await q.GetObservationsAsync("top500-systems", new ObservationFilter { From = Period.Parse("2020") });
        var to2019 = await q.GetObservationsAsync("top500-systems", new ObservationFilter { Entities = ["RUS", "CHN"], To = Period.Parse("2019-11") });

        Assert.Equal(4, all.Count);
        Assert.Equal(["2019-11", "2020-06"], rus.Select(o => o.Period));
        Assert.Equal(["2020-06"], from2020.Select(o => o.Period));
        Assert.Equal([("CHN", 228.0), ("RUS", 3.0)], to2019.Select(o => (o.EntityCode, o.Value)));
    }

    [Fact]
    public async Task GetObservationsAsync_Counterpart_FiltersBySupplier()
    {
        var q = new ObservationQueries(_db.Database);

        var china = await q.GetObservationsAsync("arms-import-share", new ObservationFilter { Counterpart = "CHN" });
        var russia = await q.GetObservationsAsync("arms-import-share", new ObservationFilter { Counterpart = "RUS" });

        Assert.Equal([1.5, 18], china.Select(o => o.Value));
        Assert.Empty(russia);
        Assert.Equal("in the last five years", china[1].PeriodAsStated);
    }

    [Fact]
    public async Task GetObservationsAsync_RangeFilter_KeepsOnlyWhollyInsidePeriods()
    {
        var q = new ObservationQueries(_db.Database);

        var list = await q.GetObservationsAsync("arms-import-share", new ObservationFilter { From = Period.Parse("2012"), To = Period.Parse("2021") });

        Assert.Equal(["2017-2021"], list.Select(o => o.Period));
    }

    [Fact]
    public async Task GetSourcesOfIndicatorAsync_Top500_ReturnsCitedSources()
    {
        var q = new SourceQueries(_db.Database);

        var sources = await q.GetSourcesOfIndicatorAsync("top500-systems");

        Assert.Equal(["paper", "zanini-2022"], sources.Select(s => s.Id).Order());
        Assert.Equal(2, (await q.GetSourcesAsync()).Count);
    }

    [Fact]
    public async Task GetEventsAsync_RangeActorDimension_Filters()
    {
        var q = new EventQueries(_db.Database);

        var all = await q.GetEventsAsync();
        var range = await q.GetEventsAsync(fromYear: 2018, toYear: 2019);
        var russia = await q.GetEventsAsync(actor: "RUS");
        var military = await q.GetEventsAsync(dimension: "military");

        Assert.Equal(["2017", "2019-10-10", "2022-08"], all.Select(e => e.Date));
        Assert.Equal(["2019-10-10"], range.Select(e => e.Date));
        Assert.Equal(2, russia.Count);
        Assert.Equal(["MoD AI department"], military.Select(e => e.Title));
    }

    [Fact]
    public async Task GetProjectsAsync_All_MapsNumbers()
    {
        var p = Assert.Single(await new ProjectQueries(_db.Database).GetProjectsAsync());

        Assert.Equal((1200, 22.0, 20.91, "CHN"), (p.Cameras!.Value, p.CostUsdM!.Value, p.LoanUsdM!.Value, p.LenderCode));
    }

    [Fact]
    public async Task GetEntitiesAsync_Group_HasMembers()
    {
        var entities = await new EntityQueries(_db.Database).GetEntitiesAsync();

        Assert.Equal(["KAZ", "KGZ"], entities.Single(e => e.Code == "CA5").Members);
        Assert.Empty(entities.Single(e => e.Code == "CHN").Members);
    }

    [Fact]
    public async Task GetDatasetsAsync_AfterImport_ListsFileWithHashAndRows()
    {
        var d = Assert.Single(await new DatasetQueries(_db.Database).GetDatasetsAsync());

        Assert.Equal(("paper", 6L, "shipped"), (d.Id, d.RowCount, d.Origin));
        Assert.Equal(64, d.ContentHash.Length);
    }
}
