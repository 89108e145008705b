using Dapper;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Import.Store;

/// <summary>
/// Which indicators, entities and sources an uploaded dataset brought (<c>upload_definitions</c>): a definition only
/// this dataset brought may be replaced by its next version, and goes when the last dataset that brought it goes and
/// nothing else uses it.
/// </summary>
internal sealed class DefinitionOwnership
{
    private const string OwnedSql = "SELECT kind AS Kind, id AS Id FROM upload_definitions WHERE dataset_id = @id";
    private const string OwnedByOthersSql = "SELECT COUNT(*) FROM upload_definitions WHERE kind = @kind AND id = @defId AND dataset_id <> @id";
    private const string OwnedByAnySql = "SELECT COUNT(*) FROM upload_definitions WHERE kind = @kind AND id = @id";
    private const string OwnSql = "INSERT OR IGNORE INTO upload_definitions (dataset_id, kind, id) VALUES (@datasetId, @kind, @id)";

    private readonly string _datasetId;
    private readonly HashSet<(string Kind, string Id)> _owned;
    private readonly HashSet<(string Kind, string Id)> _exclusive;
    private readonly HashSet<(string Kind, string Id)> _declared = [];

    private DefinitionOwnership(string datasetId, HashSet<(string Kind, string Id)> owned, HashSet<(string Kind, string Id)> exclusive)
    {
        _datasetId = datasetId;
        _owned = owned;
        _exclusive = exclusive;
    }

    public static DefinitionOwnership Load(SqliteConnection c, SqliteTransaction t, string datasetId)
    {
        var owned = c.Query<(string Kind, string Id)>(OwnedSql, new { id = datasetId }, t).ToHashSet();
        var exclusive = owned.Where(o => c.ExecuteScalar<long>(OwnedByOthersSql, new { kind = o.Kind, defId = o.Id, id = datasetId }, t) == 0).ToHashSet();
        return new DefinitionOwnership(datasetId, owned, exclusive);
    }

    /// <summary>Only this dataset brought the definition, so its new version may replace it.</summary>
    public bool IsExclusive(string kind, string id) => _exclusive.Contains((kind, id));

    /// <summary>
    /// Remembers a definition as this dataset's when it brings it, or when it was already its own or another upload's,
    /// so the last dataset using an uploaded definition removes it.
    /// </summary>
    public void Claim(SqliteConnection c, SqliteTransaction t, string kind, string id, bool brought)
    {
        if (brought || _owned.Contains((kind, id)) || c.ExecuteScalar<long>(OwnedByAnySql, new { kind, id }, t) > 0)
        {
            _declared.Add((kind, id));
        }
    }

    /// <summary>Readers define only what the store does not know yet, so the definitions the rows use stay this dataset's.</summary>
    public void Uses(string kind, string id)
    {
        if (_owned.Contains((kind, id)))
        {
            _declared.Add((kind, id));
        }
    }

    public void WriteOwned(SqliteConnection c, SqliteTransaction t)
    {
        foreach (var (kind, id) in _declared)
        {
            c.Execute(OwnSql, new { datasetId = _datasetId, kind, id }, t);
        }
    }

    /// <summary>Drops this dataset's claim on definitions it no longer uses, and the definitions nothing else uses.</summary>
    public void ReleaseUnused(SqliteConnection c, SqliteTransaction t)
    {
        foreach (var (kind, id) in _owned.Where(o => !_declared.Contains(o)))
        {
            c.Execute("DELETE FROM upload_definitions WHERE dataset_id = @dataset AND kind = @kind AND id = @id",
                new { dataset = _datasetId, kind, id }, t);
            DeleteIfUnused(c, t, kind, id);
        }
    }

    /// <summary>Deletes a definition no row, member, event, project or other upload refers to (foreign keys guard the rest).</summary>
    public static void DeleteIfUnused(SqliteConnection c, SqliteTransaction t, string kind, string id)
    {
        var sql = kind switch
        {
            "indicator" => "DELETE FROM indicators WHERE id = @id AND NOT EXISTS (SELECT 1 FROM observations WHERE indicator_id = @id)",
            "entity" => """
                DELETE FROM entity_members WHERE group_code = @id
                    AND NOT EXISTS (SELECT 1 FROM observations WHERE entity_code = @id OR counterpart_code = @id)
                    AND NOT EXISTS (SELECT 1 FROM entity_members WHERE member_code = @id)
                    AND NOT EXISTS (SELECT 1 FROM events WHERE actor_code = @id OR country_code = @id)
                    AND NOT EXISTS (SELECT 1 FROM projects WHERE country_code = @id OR lender_code = @id);
                DELETE FROM entities WHERE code = @id
                    AND NOT EXISTS (SELECT 1 FROM observations WHERE entity_code = @id OR counterpart_code = @id)
                    AND NOT EXISTS (SELECT 1 FROM entity_members WHERE member_code = @id OR group_code = @id)
                    AND NOT EXISTS (SELECT 1 FROM events WHERE actor_code = @id OR country_code = @id)
                    AND NOT EXISTS (SELECT 1 FROM projects WHERE country_code = @id OR lender_code = @id)
                """,
            _ => """
                DELETE FROM sources WHERE id = @id
                    AND NOT EXISTS (SELECT 1 FROM observations WHERE source_id = @id)
                    AND NOT EXISTS (SELECT 1 FROM datasets WHERE source_id = @id)
                    AND NOT EXISTS (SELECT 1 FROM events WHERE source_id = @id)
                    AND NOT EXISTS (SELECT 1 FROM projects WHERE source_id = @id)
                """,
        };
        c.Execute("SAVEPOINT drop_definition", transaction: t);
        try
        {
            c.Execute(sql, new { id }, t);
            c.Execute("RELEASE drop_definition", transaction: t);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 19 /* SQLITE_CONSTRAINT: still referenced elsewhere */)
        {
            c.Execute("ROLLBACK TO drop_definition; RELEASE drop_definition", transaction: t);
        }
    }
}
