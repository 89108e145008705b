using System.Globalization;
using Dapper;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Model;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Import.Store;

/// <summary>
/// Applies one file's <see cref="DatasetContent"/> to the store as an uploaded dataset, in ONE transaction. First it
/// plans, reading only: the file's own indicators, entities and sources (an id that exists with a different definition
/// is an error, unless only this dataset brought it), every row against <see cref="ObservationRules"/>, every key
/// against the other datasets, and the change per indicator. A dry run stops there, in a read transaction: it needs no
/// write lock. A real import plans inside the write transaction, then replaces the dataset's rows through one prepared
/// insert reused for every row. Any error rolls everything back, so the stored data is never partly changed.
/// </summary>
public static class DatasetImporter
{
    public const string OriginUpload = "upload";

    private const int ProgressEvery = 5000;

    internal const string DatasetSql = """
        SELECT id AS Id, file_name AS FileName, format AS Format, origin AS Origin, content_hash AS ContentHash,
               row_count AS RowCount, source_id AS SourceId, imported_at AS ImportedAt
        FROM datasets WHERE id = @id
        """;

    private const string UpsertDatasetSql = """
        INSERT INTO datasets (id, file_name, format, origin, content_hash, row_count, source_id, imported_at, rows_hash)
        VALUES (@Id, @FileName, @Format, @Origin, @ContentHash, @RowCount, @SourceId, @ImportedAt, @RowsHash)
        ON CONFLICT (id) DO UPDATE SET file_name = excluded.file_name, format = excluded.format, origin = excluded.origin,
            content_hash = excluded.content_hash, row_count = excluded.row_count, source_id = excluded.source_id,
            imported_at = excluded.imported_at, rows_hash = excluded.rows_hash
        """;

    private const string UpsertUploadSql = """
        INSERT INTO uploads (dataset_id, file_name, format, source_id, content_hash, size_bytes, content_gzip, uploaded_at, status, error, options)
        VALUES (@DatasetId, @FileName, @Format, @SourceId, @ContentHash, @SizeBytes, @Gzip, @UploadedAt, 'applied', NULL, @Options)
        ON CONFLICT (dataset_id) DO UPDATE SET file_name = excluded.file_name, format = excluded.format, source_id = excluded.source_id,
            content_hash = excluded.content_hash, size_bytes = excluded.size_bytes, content_gzip = excluded.content_gzip,
            uploaded_at = excluded.uploaded_at, status = 'applied', error = NULL, options = excluded.options
        """;

    /// <summary>
    /// Validates and applies <paramref name="content"/> (or only tries it when <see cref="DatasetImportRequest.DryRun"/>).
    /// Errors already found while reading the file are passed in <paramref name="errors"/>; then nothing is committed and
    /// the diff is marked incomplete, but store-level problems (conflicting definitions, keys held by other datasets) are
    /// still looked for so the report names every error.
    /// </summary>
    /// <exception cref="StoreBusyException">A real import waited longer than <see cref="DatasetImportRequest.MaxWait"/> for the write lock.</exception>
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

        ObservationStaging.PrepareConnection(connection);
        using var transaction = request.DryRun
            ? connection.BeginTransaction(deferred: true)
            : StoreLock.BeginWrite(connection, request.MaxWait, request.Waiting);
        var existing = connection.QuerySingleOrDefault<DatasetInfo>(DatasetSql, new { id = request.DatasetId }, transaction);
        if (existing is { Origin: not OriginUpload })
        {
            errors.Add(ImportError.At(file, 0, "dataset", request.DatasetId,
                "is a shipped dataset (from data/); choose another dataset id — shipped data changes through the files in data/"));
            result.Refused = true;
            return Finish(result, errors, readErrors);
        }

        result.Replaces = existing is not null;
        result.PreviousRowCount = existing?.RowCount ?? 0;

        // Plan: the store is only read; the rows go to a temporary staging table.
        var ownership = DefinitionOwnership.Load(connection, transaction, request.DatasetId);
        var definitions = new DefinitionWriter(connection, transaction, file, errors, ownership);
        definitions.PlanSources(content.Sources);
        definitions.PlanIndicators(content.Indicators);
        definitions.PlanEntities(content.Entities);
        result.NewSources = definitions.NewSources;
        result.NewIndicators = definitions.NewIndicators;
        result.NewEntities = definitions.NewEntities;
        var rules = new ObservationRules(definitions.With(ReferenceSet.Load(connection, transaction)));
        using var staging = ObservationStaging.Create(connection, transaction, request.DatasetId);
        using var rowsHash = new RowsHash();
        var total = content.Observations.Count;
        long staged = 0, checkedRows = 0;
        foreach (var parsed in content.Observations)
        {
            var o = parsed.Observation;
            void Fail(string column, string? value, string rule) => errors.Add(ImportError.At(file, parsed.Line, column, value, rule));
            if (++checkedRows % ProgressEvery == 0)
            {
                progress?.Report(new ImportProgress(ImportProgress.Checking, checkedRows, total));
            }

            if (!rules.Check(o, Fail))
            {
                continue;
            }

            if (staging.Add(parsed) is { } clash)
            {
                Fail("period", o.Period, ObservationRules.Duplicate(o, clash));
                continue;
            }

            staged++;
            rowsHash.Add(o, parsed.Line);
            Uses(ownership, o);
        }

        staging.ReportClashes(file, errors);
        result.RowCount = staged;
        result.Diff = staging.Diff();
        if (request.DryRun || errors.HasErrors)
        {
            transaction.Rollback();
            return Finish(result, errors, readErrors);
        }

        // Write: the plan holds, since it was made inside this transaction. The revision history is written first,
        // from the staged rows against the stored ones they replace.
        definitions.Write();
        if (request.Revision is { } stamp)
        {
            result.Revision = RevisionLog.Record(connection, transaction, request.DatasetId, request.ContentHash, stamp, content.Edition);
        }

        connection.Execute("DELETE FROM observations WHERE dataset_id = @id", new { id = request.DatasetId }, transaction);
        connection.Execute(UpsertDatasetSql, new
        {
            Id = request.DatasetId,
            request.FileName,
            content.Format,
            Origin = OriginUpload,
            request.ContentHash,
            RowCount = staged,
            SourceId = request.SourceId ?? SingleSource(content),
            ImportedAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            RowsHash = rowsHash.Finish(),
        }, transaction);
        staging.CopyToStore(staged, copied => progress?.Report(new ImportProgress(ImportProgress.Writing, copied, staged)));
        if (staged == 0)
        {
            progress?.Report(new ImportProgress(ImportProgress.Writing, 0, 0));
        }
        ownership.ReleaseUnused(connection, transaction);
        if (request.Upload is { } upload)
        {
            connection.Execute(UpsertUploadSql, new
            {
                request.DatasetId,
                request.FileName,
                content.Format,
                request.SourceId,
                request.ContentHash,
                upload.SizeBytes,
                upload.Gzip,
                UploadedAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                request.Options,
            }, transaction);
        }

        result.DataVersion = Database.NewDataVersion(connection, transaction);
        transaction.Commit();
        result.Applied = true;
        return Finish(result, errors, readErrors);
    }

    private static void Uses(DefinitionOwnership ownership, Observation o)
    {
        ownership.Uses("indicator", o.IndicatorId);
        ownership.Uses("entity", o.EntityCode);
        ownership.Uses("source", o.SourceId);
        if (o.CounterpartCode is { } counterpart)
        {
            ownership.Uses("entity", counterpart);
        }
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
        string? single = null;
        foreach (var row in content.Observations)
        {
            if (single is null)
            {
                single = row.Observation.SourceId;
            }
            else if (single != row.Observation.SourceId)
            {
                return null;
            }
        }

        return single;
    }
}
