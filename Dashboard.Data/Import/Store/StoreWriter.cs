using Dapper;
using Dashboard.Data.Model;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Import.Store;

/// <summary>Dapper writes of the small contract tables, always inside the caller's transaction.</summary>
public static class StoreWriter
{
    public static void ClearShipped(SqliteConnection c, SqliteTransaction t)
    {
        c.Execute("""
            DELETE FROM claims;
            DELETE FROM data_texts;
            DELETE FROM observations;
            DELETE FROM datasets;
            DELETE FROM events;
            DELETE FROM projects;
            DELETE FROM entity_members;
            DELETE FROM entities;
            DELETE FROM indicators;
            DELETE FROM sources;
            """, transaction: t);
    }

    public static void WriteDataTexts(SqliteConnection c, SqliteTransaction t, IEnumerable<DataText> texts) =>
        c.Execute("INSERT INTO data_texts (culture, key, text) VALUES (@Culture, @Key, @Text)", texts, t);

    public static void WriteDictionary(SqliteConnection c, SqliteTransaction t, IEnumerable<Source> sources, IEnumerable<Indicator> indicators, IEnumerable<Entity> entities)
    {
        c.Execute("""
            INSERT INTO sources (id, citation, url, publisher, licence, edition, accessed)
            VALUES (@Id, @Citation, @Url, @Publisher, @Licence, @Edition, @Accessed)
            """, sources, t);
        c.Execute("""
            INSERT INTO indicators (id, name, unit, dimension, description, chart_kind, min_value, max_value, display_precision, missing_means_zero, map_classes)
            VALUES (@Id, @Name, @Unit, @Dimension, @Description, @ChartKind, @MinValue, @MaxValue, @DisplayPrecision, @MissingMeansZero, @MapClasses)
            """, indicators, t);
        var list = entities.ToList();
        c.Execute("INSERT INTO entities (code, name, kind) VALUES (@Code, @Name, @Kind)", list, t);
        c.Execute("INSERT INTO entity_members (group_code, member_code) VALUES (@Group, @Member)",
            list.SelectMany(e => e.Members.Select(m => new { Group = e.Code, Member = m })), t);
    }

    public static void WriteEvents(SqliteConnection c, SqliteTransaction t, IEnumerable<TimelineEvent> events) =>
        c.Execute("""
            INSERT INTO events (date, precision, sort_key, actor_code, country_code, dimension, title, source_id, locator, note)
            VALUES (@Date, @Precision, @SortKey, @ActorCode, @CountryCode, @Dimension, @Title, @SourceId, @Locator, @Note)
            """, events, t);

    public static void WriteProjects(SqliteConnection c, SqliteTransaction t, IEnumerable<Project> projects) =>
        c.Execute("""
            INSERT INTO projects (id, name, city, country_code, year, vendor, cameras, cost_usd_m, loan_usd_m, lender_code, source_id, locator, note)
            VALUES (@Id, @Name, @City, @CountryCode, @Year, @Vendor, @Cameras, @CostUsdM, @LoanUsdM, @LenderCode, @SourceId, @Locator, @Note)
            """, projects, t);

    public static void WriteClaims(SqliteConnection c, SqliteTransaction t, IEnumerable<Claim> claims) =>
        c.Execute("""
            INSERT INTO claims (id, sort_order, section, wording, cited_source_id, stated_value, stated_text, decimals, unit, method,
                                indicator_id, entity_code, counterpart_code, rival_code, title_contains, period, relation, tolerance,
                                reading_of, basis_reason, explanation)
            VALUES (@Id, @SortOrder, @Section, @Wording, @CitedSourceId, @StatedValue, @StatedText, @Decimals, @Unit, @Method,
                    @IndicatorId, @EntityCode, @CounterpartCode, @RivalCode, @TitleContains, @Period, @Relation, @Tolerance,
                    @ReadingOf, @BasisReason, @Explanation)
            """, claims, t);

    public static void WriteDatasets(SqliteConnection c, SqliteTransaction t, IEnumerable<DatasetInfo> datasets) =>
        c.Execute("""
            INSERT INTO datasets (id, file_name, format, origin, content_hash, row_count, source_id, imported_at)
            VALUES (@Id, @FileName, @Format, @Origin, @ContentHash, @RowCount, @SourceId, @ImportedAt)
            """, datasets, t);

    /// <summary>
    /// Drops the indexes of a table (not the automatic ones of its constraints) except those named in
    /// <paramref name="keep"/>; returns the definitions of those dropped.
    /// </summary>
    public static IReadOnlyList<string> DropIndexes(SqliteConnection c, SqliteTransaction t, string table, params string[] keep)
    {
        var indexes = c.Query<(string Name, string Sql)>(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = @table AND sql IS NOT NULL ORDER BY name",
            new { table }, t).Where(i => !keep.Contains(i.Name, StringComparer.Ordinal)).ToList();
        foreach (var (name, _) in indexes)
        {
            c.Execute("DROP INDEX \"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", transaction: t);
        }

        return indexes.ConvertAll(i => i.Sql);
    }

    /// <summary>Re-creates indexes from their stored definitions (see <see cref="DropIndexes"/>).</summary>
    public static void CreateIndexes(SqliteConnection c, SqliteTransaction t, IEnumerable<string> definitions)
    {
        foreach (var sql in definitions)
        {
            c.Execute(sql, transaction: t);
        }
    }

    /// <summary>
    /// Fails when a stored row refers to a missing parent (used after a load with enforcement off). The rows of
    /// <paramref name="checkedElsewhere"/> are left out: the bulk table's references are checked by its writer
    /// (<see cref="ObservationWriter.CheckReferences"/>), which costs a few lookups instead of a pass over every row.
    /// </summary>
    public static void CheckForeignKeys(SqliteConnection c, SqliteTransaction t, string checkedElsewhere)
    {
        var broken = c.Query<(string Table, long? RowId, string Parent)>("""
            SELECT f."table", f.rowid, f.parent
            FROM sqlite_master m, pragma_foreign_key_check(m.name) f
            WHERE m.type = 'table' AND m.name <> @checkedElsewhere
            LIMIT 5
            """, new { checkedElsewhere }, t).ToList();
        if (broken.Count > 0)
        {
            throw new InvalidOperationException("The import wrote rows whose references do not exist (a bug in the importer's validation): " +
                string.Join("; ", broken.Select(b => $"{b.Table} rowid {b.RowId} -> {b.Parent}")));
        }
    }
}
