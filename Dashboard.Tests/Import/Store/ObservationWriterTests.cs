using Dapper;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Import.Store;
using Dashboard.Data.Model;
using Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Import.Store;

/// <summary>
/// The folder import loads observations with foreign-key enforcement off and checks their references afterwards from
/// the values the writer bound (not with a pass over every row): these tests write rows SQLite would have refused.
/// </summary>
public sealed class ObservationWriterTests : IDisposable
{
    private readonly TestDataFolder _folder = new();
    private readonly TestDatabase _db = new();

    public void Dispose()
    {
        _folder.Dispose();
        _db.Dispose();
    }

    [Fact]
    public void CheckReferences_EveryValueStored_DoesNotThrow()
    {
        using var c = OpenStoreWithoutEnforcement();
        using var t = c.BeginTransaction();
        using var writer = new ObservationWriter(c, t);

        // 70 rows: two full 32-row statements and 6 single ones, values changing back and forth between rows.
        writer.InsertMany("paper", Enumerable.Range(0, 70).Select(i => Row(i, i % 2 == 0 ? "KAZ" : "CHN", counterpart: i % 3 == 0 ? null : "RUS")).ToList());

        writer.CheckReferences();
        Assert.Empty(c.Query("PRAGMA foreign_key_check(observations)", transaction: t));
    }

    [Theory]
    [InlineData(5)] // a slot in the middle of the first 32-row statement
    [InlineData(63)] // the last slot of the second statement
    [InlineData(66)] // a row written by the single-row statement
    public void CheckReferences_OneRowWithMissingParents_ThrowsNamingEachValue(int badRow)
    {
        using var c = OpenStoreWithoutEnforcement();
        using var t = c.BeginTransaction();
        using var writer = new ObservationWriter(c, t);
        var rows = Enumerable.Range(0, 70).Select(i => Row(i, "KAZ", "CHN")).ToList();
        var bad = rows[badRow].Observation;
        rows[badRow] = rows[badRow] with
        {
            Observation = new Observation
            {
                IndicatorId = "no-such-indicator",
                EntityCode = "XKX",
                CounterpartCode = "YUG",
                Period = bad.Period,
                Value = bad.Value,
                SourceId = "no-such-source",
                Locator = bad.Locator,
                Basis = bad.Basis,
            },
        };
        writer.InsertMany("paper", rows);

        var ex = Assert.Throws<InvalidOperationException>(writer.CheckReferences);

        Assert.Contains("observations.indicator_id 'no-such-indicator' -> indicators", ex.Message, StringComparison.Ordinal);
        Assert.Contains("observations.entity_code/counterpart_code 'XKX' -> entities", ex.Message, StringComparison.Ordinal);
        Assert.Contains("observations.entity_code/counterpart_code 'YUG' -> entities", ex.Message, StringComparison.Ordinal);
        Assert.Contains("observations.source_id 'no-such-source' -> sources", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'KAZ'", ex.Message, StringComparison.Ordinal);

        // The same rows are what SQLite's own check finds: the writer's check misses none of them.
        Assert.Equal(4, c.Query("PRAGMA foreign_key_check(observations)", transaction: t).Count());
    }

    [Fact]
    public void CheckReferences_DatasetRowMissing_Throws()
    {
        using var c = OpenStoreWithoutEnforcement();
        using var t = c.BeginTransaction();
        using var writer = new ObservationWriter(c, t);
        writer.InsertMany("not-registered", [Row(0, "KAZ", null)]);

        var ex = Assert.Throws<InvalidOperationException>(writer.CheckReferences);

        Assert.Contains("observations.dataset_id 'not-registered' -> datasets", ex.Message, StringComparison.Ordinal);
    }

    private SqliteConnection OpenStoreWithoutEnforcement()
    {
        var c = _db.Open();
        DataFolderImporter.Import(c, _folder.Path);
        c.Execute("DELETE FROM observations");
        c.Execute("PRAGMA foreign_keys = OFF");
        return c;
    }

    private static ParsedObservation Row(int i, string entity, string? counterpart)
    {
        var period = Period.Parse((1950 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new ParsedObservation(
            new Observation
            {
                IndicatorId = "top500-systems",
                EntityCode = entity,
                CounterpartCode = counterpart,
                Period = period.Text,
                Value = i,
                SourceId = "paper",
                Locator = "§2.4",
                Basis = "stated",
            },
            period,
            i + 2);
    }
}
