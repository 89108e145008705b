using System.Globalization;
using Dapper;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Model;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Import.Store;

/// <summary>
/// Applies one file's <see cref="DatasetContent"/> to the store as an uploaded dataset, in ONE transaction: the file's own
/// indicators, entities and sources are added (an id that already exists with a different definition is an error, unless
/// only this dataset brought it), the dataset's previous observations are replaced, and the change is described per
/// indicator. A dry run, or any error, rolls everything back, so the stored data is never partly changed.
/// </summary>
public static class DatasetImporter
{
    public const string OriginUpload = "upload";

    private const int ProgressEvery = 5000;

    private const string DatasetSql = """
        SELECT id AS Id, file_name AS FileName, format AS Format, origin AS Origin, content_hash AS ContentHash,
               row_count AS RowCount, source_id AS SourceId, imported_at AS ImportedAt
        FROM datasets WHERE id = @id
        """;

    private const string PreviousObservationsSql = """
        SELECT indicator_id, entity_code, IFNULL(counterpart_code, ''), period, value, source_id, locator, basis,
               IFNULL(derived_from, ''), IFNULL(note, ''), IFNULL(period_as_stated, '')
        FROM observations WHERE dataset_id = $id
        """;

    private const string OwnedDefinitionsSql = "SELECT kind AS Kind, id AS Id FROM upload_definitions WHERE dataset_id = @id";

    private const string OwnedByOthersSql = "SELECT COUNT(*) FROM upload_definitions WHERE kind = @kind AND id = @defId AND dataset_id <> @id";

    private const string UpsertDatasetSql = """
        INSERT INTO datasets (id, file_name, format, origin, content_hash, row_count, source_id, imported_at)
        VALUES (@Id, @FileName, @Format, @Origin, @ContentHash, @RowCount, @SourceId, @ImportedAt)
        ON CONFLICT (id) DO UPDATE SET file_name = excluded.file_name, format = excluded.format, origin = excluded.origin,
            content_hash = excluded.content_hash, row_count = excluded.row_count, source_id = excluded.source_id,
            imported_at = excluded.imported_at
        """;

    private const string UpsertUploadSql = """
        INSERT INTO uploads (dataset_id, file_name, format, source_id, content_hash, size_bytes, content_gzip, uploaded_at, status, error)
        VALUES (@DatasetId, @FileName, @Format, @SourceId, @ContentHash, @SizeBytes, @Gzip, @UploadedAt, 'applied', NULL)
        ON CONFLICT (dataset_id) DO UPDATE SET file_name = excluded.file_name, format = excluded.format, source_id = excluded.source_id,
            content_hash = excluded.content_hash, size_bytes = excluded.size_bytes, content_gzip = excluded.content_gzip,
            uploaded_at = excluded.uploaded_at, status = 'applied', error = NULL
        """;

    /// <summary>
    /// Validates and applies <paramref name="content"/> (or only tries it when <see cref="DatasetImportRequest.DryRun"/>).
    /// Errors already found while reading the file are passed in <paramref name="errors"/>; then nothing is committed and
    /// the diff is marked incomplete, but store-level problems (conflicting definitions, keys held by other datasets) are
    /// still looked for so the report names every error.
    /// </summary>
    public static DatasetImportReport Apply(SqliteConnection connection, DatasetContent content, DatasetImportRequest request,
        ErrorList errors, IProgress<ImportProgress>? progress = null)
    {
        var file = request.FileName;
        var result = new DatasetImportReport
        {
            DatasetId = request.DatasetId,
            Format = content.Format,
            DryRun = request.DryRun,
            Edition = content.Edition,
            Notes = content.Notes,
        };
        var readErrors = errors.HasErrors;
        if (!RowParser.IsSlug(request.DatasetId))
        {
            errors.Add(ImportError.At(file, 0, "dataset", request.DatasetId, "is not a valid dataset id (use lower-case letters, digits and '-')"));
            return Finish(result, errors, readErrors);
        }

        using var transaction = connection.BeginTransaction();
        var existing = connection.QuerySingleOrDefault<DatasetInfo>(DatasetSql, new { id = request.DatasetId }, transaction);
        if (existing is { Origin: not OriginUpload })
        {
            errors.Add(ImportError.At(file, 0, "dataset", request.DatasetId,
                "is a shipped dataset (from data/); choose another dataset id — shipped data changes through the files in data/"));
            return Finish(result, errors, readErrors);
        }

        result.Replaces = existing is not null;
        result.PreviousRowCount = existing?.RowCount ?? 0;
        var previous = LoadPrevious(connection, transaction, request.DatasetId);
        connection.Execute("DELETE FROM observations WHERE dataset_id = @id", new { id = request.DatasetId }, transaction);

        var owned = connection.Query<(string Kind, string Id)>(OwnedDefinitionsSql, new { id = request.DatasetId }, transaction).ToHashSet();
        var exclusive = owned.Where(o => connection.ExecuteScalar<long>(OwnedByOthersSql, new { kind = o.Kind, defId = o.Id, id = request.DatasetId }, transaction) == 0)
            .ToHashSet();
        var declared = new HashSet<(string Kind, string Id)>();
        var definitions = new DefinitionWriter(connection, transaction, request.DatasetId, file, errors, owned, exclusive, declared);
        result.NewSources = definitions.Sources(content.Sources);
        result.NewIndicators = definitions.Indicators(content.Indicators);
        result.NewEntities = definitions.Entities(content.Entities);

        var refs = ReferenceSet.Load(connection, transaction);
        var sourceId = request.SourceId ?? SingleSource(content);
        connection.Execute(UpsertDatasetSql, new DatasetInfo
        {
            Id = request.DatasetId,
            FileName = request.FileName,
            Format = content.Format,
            Origin = OriginUpload,
            ContentHash = request.ContentHash,
            RowCount = 0,
            SourceId = sourceId,
            ImportedAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        }, transaction);

        var diff = new SortedDictionary<string, IndicatorDiff>(StringComparer.Ordinal);
        long rows = 0;
        using (var writer = new ObservationWriter(connection, transaction))
        {
            var total = content.Observations.Count;
            foreach (var parsed in content.Observations)
            {
                if (Validate(parsed, file, refs, errors) && Insert(writer, request.DatasetId, parsed, file, errors))
                {
                    rows++;
                    Compare(parsed.Observation, previous, diff);
                    if (rows % ProgressEvery == 0)
                    {
                        progress?.Report(new ImportProgress(ImportProgress.Writing, rows, total));
                    }
                }
            }

            progress?.Report(new ImportProgress(ImportProgress.Writing, rows, total));
        }

        foreach (var removed in previous)
        {
            var d = DiffOf(diff, removed.Key.Indicator);
            d.Removed++;
            d.Sample(new DiffSample("removed", removed.Key.Entity, NullIfEmpty(removed.Key.Counterpart), removed.Key.Period, removed.Value.Value, null, null));
        }

        result.RowCount = rows;
        result.Diff = [.. diff.Values];
        connection.Execute("UPDATE datasets SET row_count = @rows WHERE id = @id", new { rows, id = request.DatasetId }, transaction);

        // Readers only define what the store does not know yet, so on a replacement the definitions this dataset
        // brought before are still its own while its rows use them; the others go when nothing else uses them.
        foreach (var o in content.Observations.Select(p => p.Observation))
        {
            declared.Add(("indicator", o.IndicatorId));
            declared.Add(("entity", o.EntityCode));
            declared.Add(("source", o.SourceId));
            if (o.CounterpartCode is { } counterpart)
            {
                declared.Add(("entity", counterpart));
            }
        }

        foreach (var (kind, id) in owned.Where(o => !declared.Contains(o)))
        {
            connection.Execute("DELETE FROM upload_definitions WHERE dataset_id = @dataset AND kind = @kind AND id = @id",
                new { dataset = request.DatasetId, kind, id }, transaction);
            DeleteIfUnused(connection, transaction, kind, id);
        }

        if (request.Upload is { } upload)
        {
            connection.Execute(UpsertUploadSql, new
            {
                request.DatasetId,
                request.FileName,
                content.Format,
                SourceId = request.SourceId,
                request.ContentHash,
                upload.SizeBytes,
                upload.Gzip,
                UploadedAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            }, transaction);
        }

        if (request.DryRun || errors.HasErrors)
        {
            transaction.Rollback();
            return Finish(result, errors, readErrors);
        }

        result.DataVersion = Database.NewDataVersion(connection, transaction);
        transaction.Commit();
        result.Applied = true;
        return Finish(result, errors, readErrors);
    }

    /// <summary>
    /// Removes an uploaded dataset — its observations, its kept file, and the definitions only it brought (when nothing
    /// else uses them) — in one transaction. Returns false when no uploaded dataset has this id.
    /// </summary>
    /// <exception cref="InvalidOperationException">The id names a shipped dataset.</exception>
    public static bool Remove(SqliteConnection connection, string datasetId)
    {
        using var transaction = connection.BeginTransaction();
        var existing = connection.QuerySingleOrDefault<DatasetInfo>(DatasetSql, new { id = datasetId }, transaction);
        if (existing is { Origin: not OriginUpload })
        {
            throw new InvalidOperationException($"'{datasetId}' is a shipped dataset: remove its file from data/ instead.");
        }

        var upload = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM uploads WHERE dataset_id = @datasetId", new { datasetId }, transaction);
        if (existing is null && upload == 0)
        {
            return false;
        }

        var owned = connection.Query<(string Kind, string Id)>(OwnedDefinitionsSql, new { id = datasetId }, transaction).ToList();
        connection.Execute("""
            DELETE FROM observations WHERE dataset_id = @datasetId;
            DELETE FROM datasets WHERE id = @datasetId;
            DELETE FROM uploads WHERE dataset_id = @datasetId;
            DELETE FROM upload_definitions WHERE dataset_id = @datasetId;
            """, new { datasetId }, transaction);
        foreach (var (kind, id) in owned)
        {
            if (connection.ExecuteScalar<long>("SELECT COUNT(*) FROM upload_definitions WHERE kind = @kind AND id = @id", new { kind, id }, transaction) == 0)
            {
                DeleteIfUnused(connection, transaction, kind, id);
            }
        }

        Database.NewDataVersion(connection, transaction);
        transaction.Commit();
        return true;
    }

    private static DatasetImportReport Finish(DatasetImportReport result, ErrorList errors, bool readErrors)
    {
        result.Errors = errors.ToReport();
        result.ErrorCount = errors.Count;
        result.DiffComplete = !readErrors;
        if (readErrors)
        {
            // Rows with errors were skipped while reading, so counts would describe only part of the file.
            result.Diff = [];
        }

        return result;
    }

    private static string? SingleSource(DatasetContent content)
    {
        var ids = content.Observations.Select(o => o.Observation.SourceId).Distinct(StringComparer.Ordinal).Take(2).ToList();
        return ids.Count == 1 ? ids[0] : null;
    }

    private static bool Validate(ParsedObservation parsed, string file, ReferenceSet refs, ErrorList errors)
    {
        var o = parsed.Observation;
        var before = errors.Count;
        void Fail(string column, string? value, string rule) => errors.Add(ImportError.At(file, parsed.Line, column, value, rule));

        var indicator = refs.Indicators.GetValueOrDefault(o.IndicatorId);
        Known("indicator", o.IndicatorId, indicator is not null, "indicator");
        Known("entity", o.EntityCode, refs.Entities.Contains(o.EntityCode), "entity");
        if (o.CounterpartCode is { } counterpart)
        {
            if (Known("counterpart", counterpart, refs.Entities.Contains(counterpart), "entity") && counterpart == o.EntityCode)
            {
                Fail("counterpart", counterpart, "is the same as entity");
            }
        }

        Known("source", o.SourceId, refs.Sources.Contains(o.SourceId), "source");

        if (string.IsNullOrWhiteSpace(o.Locator))
        {
            Fail("locator", null, "is required but empty");
        }

        if (!ContractTables.Bases.Contains(o.Basis))
        {
            Fail("basis", o.Basis, "is not one of: " + string.Join(", ", ContractTables.Bases));
        }
        else if (o.Basis == "derived" && string.IsNullOrWhiteSpace(o.DerivedFrom))
        {
            Fail("derived_from", null, "is required when basis is 'derived' (say from which file and how)");
        }

        if (!double.IsFinite(o.Value))
        {
            Fail("value", o.Value.ToString(CultureInfo.InvariantCulture), "is not a finite number");
        }
        else if (indicator is not null &&
                 ((indicator.MinValue is { } lo && o.Value < lo) || (indicator.MaxValue is { } hi && o.Value > hi)))
        {
            var range = string.Create(CultureInfo.InvariantCulture,
                $"{indicator.MinValue?.ToString(CultureInfo.InvariantCulture) ?? "-∞"} to {indicator.MaxValue?.ToString(CultureInfo.InvariantCulture) ?? "∞"}");
            Fail("value", o.Value.ToString(CultureInfo.InvariantCulture), $"is out of range for '{indicator.Id}' ({indicator.Unit}) ({range})");
        }

        return errors.Count == before;

        bool Known(string column, string value, bool known, string what)
        {
            if (string.IsNullOrEmpty(value))
            {
                Fail(column, null, "is required but empty");
                return false;
            }

            if (!known)
            {
                Fail(column, value, $"is not a known {what} (neither in the store nor defined by the file)");
            }

            return known;
        }
    }

    private static bool Insert(ObservationWriter writer, string datasetId, ParsedObservation parsed, string file, ErrorList errors)
    {
        var o = parsed.Observation;
        var clash = writer.Insert(datasetId, o with { Period = parsed.Period.Text }, parsed.Period, parsed.Line);
        if (clash is null)
        {
            return true;
        }

        errors.Add(ImportError.At(file, parsed.Line, "period", parsed.Period.Text,
            $"duplicates the key (indicator, entity, counterpart, period) already given in {clash}"));
        return false;
    }

    private static Dictionary<ObservationKey, Snapshot> LoadPrevious(SqliteConnection c, SqliteTransaction t, string datasetId)
    {
        var previous = new Dictionary<ObservationKey, Snapshot>();
        using var command = c.CreateCommand();
        command.Transaction = t;
        command.CommandText = PreviousObservationsSql;
        command.Parameters.AddWithValue("$id", datasetId);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var key = new ObservationKey(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
            previous[key] = new Snapshot(reader.GetDouble(4), reader.GetString(5), reader.GetString(6), reader.GetString(7),
                reader.GetString(8), reader.GetString(9), reader.GetString(10));
        }

        return previous;
    }

    private static void Compare(Observation o, Dictionary<ObservationKey, Snapshot> previous, SortedDictionary<string, IndicatorDiff> diff)
    {
        var key = new ObservationKey(o.IndicatorId, o.EntityCode, o.CounterpartCode ?? "", o.Period);
        var d = DiffOf(diff, o.IndicatorId);
        if (!previous.Remove(key, out var old))
        {
            d.New++;
            d.Sample(new DiffSample("new", key.Entity, o.CounterpartCode, key.Period, null, o.Value, null));
            return;
        }

        var now = Snapshot.Of(o);
        var changed = old.ChangedFields(now);
        if (changed.Length == 0)
        {
            d.Unchanged++;
            return;
        }

        d.Changed++;
        d.Sample(new DiffSample("changed", key.Entity, o.CounterpartCode, key.Period, old.Value, o.Value, changed));
    }

    private static IndicatorDiff DiffOf(SortedDictionary<string, IndicatorDiff> diff, string indicatorId)
    {
        if (!diff.TryGetValue(indicatorId, out var d))
        {
            d = new IndicatorDiff(indicatorId);
            diff[indicatorId] = d;
        }

        return d;
    }

    private static void DeleteIfUnused(SqliteConnection c, SqliteTransaction t, string kind, string id)
    {
        // The NOT EXISTS guards name the references we know; foreign keys guard any other table (e.g. claims).
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

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private readonly record struct ObservationKey(string Indicator, string Entity, string Counterpart, string Period);

    private readonly record struct Snapshot(double Value, string Source, string Locator, string Basis, string DerivedFrom, string Note, string PeriodAsStated)
    {
        public static Snapshot Of(Observation o) =>
            new(o.Value, o.SourceId, o.Locator, o.Basis, o.DerivedFrom ?? "", o.Note ?? "", o.PeriodAsStated ?? "");

        public string ChangedFields(Snapshot now)
        {
            var fields = new List<string>();
            if (!Value.Equals(now.Value))
            {
                fields.Add("value");
            }

            if (Source != now.Source)
            {
                fields.Add("source");
            }

            if (Locator != now.Locator)
            {
                fields.Add("locator");
            }

            if (Basis != now.Basis || DerivedFrom != now.DerivedFrom)
            {
                fields.Add("basis");
            }

            if (Note != now.Note || PeriodAsStated != now.PeriodAsStated)
            {
                fields.Add("note");
            }

            return string.Join(", ", fields);
        }
    }
}
