using System.Globalization;
using Dapper;
using Dashboard.Data;
using Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Data;

public sealed class SchemaTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("quarter")]
    [InlineData("Year")]
    public void Observations_PeriodKindOutsideTheRule_Rejected(string kind)
    {
        using var c = _db.Open();
        SeedParents(c);

        var ex = Assert.Throws<SqliteException>(() => InsertObservation(c, kind));

        Assert.Contains("CHECK constraint failed", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("year")]
    [InlineData("range")]
    [InlineData("month")]
    public void Observations_EachAllowedPeriodKind_Accepted(string kind)
    {
        using var c = _db.Open();
        SeedParents(c);

        InsertObservation(c, kind);

        Assert.Equal(kind, c.ExecuteScalar<string>("SELECT period_kind FROM observations"));
    }

    [Theory]
    [InlineData("stated")]
    [InlineData("derived")]
    [InlineData("estimate")]
    public void Observations_EachAllowedBasis_Accepted(string basis)
    {
        using var c = _db.Open();
        SeedParents(c);

        InsertObservation(c, "month", basis);

        Assert.Equal(basis, c.ExecuteScalar<string>("SELECT basis FROM observations"));
    }

    [Theory]
    [InlineData("guess")]
    [InlineData("Estimate")]
    public void Observations_BasisOutsideTheRule_Rejected(string basis)
    {
        using var c = _db.Open();
        SeedParents(c);

        var ex = Assert.Throws<SqliteException>(() => InsertObservation(c, "month", basis));

        Assert.Contains("CHECK constraint failed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplySchema_StoreAtVersion7WithRows_KeepsThemAndAcceptsEstimates()
    {
        var path = Path.Combine(Path.GetTempPath(), "geoai-schema-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            using var c = new Database(path).Open();
            foreach (var (_, sql) in Database.SchemaScripts().Where(s => s.Number <= 7))
            {
                c.Execute(sql.Replace("CREATE TABLE meta", "CREATE TABLE IF NOT EXISTS meta", StringComparison.Ordinal));
            }

            Database.SetMeta(c, "schema_version", "7");
            SeedParents(c);
            InsertObservation(c, "month");
            Assert.Throws<SqliteException>(() => c.Execute("UPDATE observations SET basis = 'estimate'"));

            Database.ApplySchema(c);

            Assert.Equal(("month", "stated", 228.0), c.QuerySingle<(string, string, double)>("SELECT period_kind, basis, value FROM observations WHERE line = 7"));
            Assert.Equal(["ix_observations_dataset", "ux_observations_key"],
                c.Query<string>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'observations' AND sql IS NOT NULL ORDER BY name"));
            c.Execute("UPDATE observations SET basis = 'estimate'");
            Assert.Throws<SqliteException>(() => c.Execute("UPDATE observations SET basis = 'guess'"));
            Assert.Throws<SqliteException>(() => c.Execute("UPDATE observations SET period_kind = 'quarter'"));
            Assert.Throws<SqliteException>(() => InsertObservation(c, "month"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public void ApplySchema_StoreAtVersion1WithRows_KeepsRowsIndexesAndConstraints()
    {
        var path = Path.Combine(Path.GetTempPath(), "geoai-schema-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            var database = new Database(path);
            using (var c = database.Open())
            {
                c.Execute(Database.SchemaScripts()[0].Sql);
                Database.SetMeta(c, "schema_version", "1");
                SeedParents(c);
                InsertObservation(c, "month");

                Database.ApplySchema(c);

                Assert.Equal(Database.SchemaScripts()[^1].Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    c.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'schema_version'"));
                Assert.Equal("month", c.ExecuteScalar<string>("SELECT period_kind FROM observations WHERE line = 7"));
                Assert.Equal(["ix_observations_dataset", "ux_observations_key"],
                    c.Query<string>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'observations' AND sql IS NOT NULL ORDER BY name"));
                Assert.Throws<SqliteException>(() => InsertObservation(c, "month"));
                Assert.Throws<SqliteException>(() => c.Execute("UPDATE observations SET indicator_id = 'nothing'"));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public void ApplySchema_StoreAtVersion4WithAClaim_KeepsItAsAClaimWithTheDefaultRelation()
    {
        var path = Path.Combine(Path.GetTempPath(), "geoai-schema-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            using var c = new Database(path).Open();
            foreach (var (_, sql) in Database.SchemaScripts().Where(s => s.Number <= 4))
            {
                c.Execute(sql.Replace("CREATE TABLE meta", "CREATE TABLE IF NOT EXISTS meta", StringComparison.Ordinal));
            }

            Database.SetMeta(c, "schema_version", "4");
            SeedParents(c);
            c.Execute("""
                INSERT INTO claims (id, sort_order, section, wording, cited_source_id, stated_value, stated_text, decimals, unit, method,
                                    indicator_id, entity_code, period, tolerance, explanation)
                VALUES ('top-chn', 2, '§3.3', 'China has 228', 'paper', 228, '228', 0, 'systems', 'lookup', 'top500-systems', 'CHN', '2019-11', 0, 'Counted.')
                """);

            Database.ApplySchema(c);

            var row = c.QuerySingle<(string Id, string Relation, string? ReadingOf, string? BasisReason)>(
                "SELECT id, relation, reading_of, basis_reason FROM claims");
            Assert.Equal(("top-chn", "=", (string?)null, (string?)null), row);
            var ex = Assert.Throws<SqliteException>(() => c.Execute("UPDATE claims SET relation = '<'"));
            Assert.Contains("CHECK constraint failed", ex.Message, StringComparison.Ordinal);
            Assert.Throws<SqliteException>(() => c.Execute("UPDATE claims SET method = 'guess'"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public void ApplySchema_StoreAtVersion8WithAnIndicator_AddsDisplayColumnsWithTheirDefaultsAndRules()
    {
        var path = Path.Combine(Path.GetTempPath(), "geoai-schema-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            using var c = new Database(path).Open();
            foreach (var (_, sql) in Database.SchemaScripts().Where(s => s.Number <= 8))
            {
                c.Execute(sql.Replace("CREATE TABLE meta", "CREATE TABLE IF NOT EXISTS meta", StringComparison.Ordinal));
            }

            Database.SetMeta(c, "schema_version", "8");
            SeedParents(c);
            InsertObservation(c, "month", "estimate");
            Assert.Throws<SqliteException>(() => c.Execute("SELECT display_precision FROM indicators"));

            Database.ApplySchema(c);

            Assert.Equal(Database.SchemaScripts().Max(s => s.Number).ToString(CultureInfo.InvariantCulture), c.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'schema_version'"));
            Assert.Equal(("top500-systems", "", 0L, "equal"),
                c.QuerySingle<(string, string, long, string)>("SELECT id, display_precision, missing_means_zero, map_classes FROM indicators"));
            Assert.Equal("estimate", c.ExecuteScalar<string>("SELECT basis FROM observations WHERE line = 7"));
            c.Execute("UPDATE indicators SET display_precision = '0 decimals', missing_means_zero = 1, map_classes = 'quantile'");
            Assert.Contains("CHECK constraint failed", Assert.Throws<SqliteException>(() => c.Execute("UPDATE indicators SET missing_means_zero = 2")).Message, StringComparison.Ordinal);
            Assert.Contains("CHECK constraint failed", Assert.Throws<SqliteException>(() => c.Execute("UPDATE indicators SET map_classes = 'jenks'")).Message, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static void SeedParents(SqliteConnection c) =>
        c.Execute("""
            INSERT INTO sources (id, citation) VALUES ('paper', 'A paper');
            INSERT INTO indicators (id, name, unit, dimension, description, chart_kind) VALUES ('top500-systems', 'TOP500', 'systems', 'technology', 'd', 'line');
            INSERT INTO entities (code, name, kind) VALUES ('CHN', 'China', 'country');
            INSERT INTO datasets (id, file_name, format, origin, content_hash, row_count, imported_at) VALUES ('paper', 'p.csv', 'contract', 'shipped', 'h', 1, 'now');
            """);

    private static void InsertObservation(SqliteConnection c, string kind, string basis = "stated") =>
        c.Execute("""
            INSERT INTO observations (dataset_id, indicator_id, entity_code, period, period_kind, period_start, period_end, value, source_id, locator, basis, line)
            VALUES ('paper', 'top500-systems', 'CHN', '2019-11', @kind, 24238, 24238, 228, 'paper', '§2.4', @basis, 7)
            """, new { kind, basis });
}
