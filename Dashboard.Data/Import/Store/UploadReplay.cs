using Dapper;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Model;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Import.Store;

/// <summary>
/// Carries uploaded datasets over a rebuild of the store: the kept files are copied from the previous store into the new
/// one and re-applied, in upload order, through the same <see cref="DatasetImporter"/>. An upload that no longer fits the
/// new data (e.g. a key now shipped in data/) is kept with status 'failed' and its errors, so nothing is silently lost.
/// </summary>
public static class UploadReplay
{
    // The uploads in the shape the admin page lists them (UploadInfo); a store older than schema 6 has no options column:
    // its uploads were all read with detection. The bytes are read one upload at a time, when it is re-applied.
    private const string KeptSql = """
        SELECT dataset_id AS DatasetId, file_name AS FileName, format AS Format, source_id AS SourceId, content_hash AS ContentHash,
               size_bytes AS SizeBytes, uploaded_at AS UploadedAt, status AS Status, error AS Error, {0} AS Options
        FROM uploads ORDER BY uploaded_at, dataset_id
        """;

    private const string GzipSql = "SELECT content_gzip FROM uploads WHERE dataset_id = @DatasetId";

    private const string InsertSql = """
        INSERT INTO uploads (dataset_id, file_name, format, source_id, content_hash, size_bytes, content_gzip, uploaded_at, status, error, options)
        VALUES (@DatasetId, @FileName, @Format, @SourceId, @ContentHash, @SizeBytes, @Gzip, @UploadedAt, 'applied', NULL, @Options)
        """;

    private const int ErrorsKept = 20;

    /// <summary>Re-applies the uploads kept in <paramref name="previousStore"/> (if any) to <paramref name="target"/>.</summary>
    public static IReadOnlyList<UploadReplayResult> Replay(string? previousStore, SqliteConnection target, IReadOnlyList<IDatasetReader> readers)
    {
        var kept = ReadKept(previousStore);
        var results = new List<UploadReplayResult>();
        using var previous = kept.Count == 0 ? null : Database.OpenFile(previousStore!, readOnly: true);
        foreach (var upload in kept)
        {
            var gzip = previous!.ExecuteScalar<byte[]>(GzipSql, upload) ?? [];
            target.Execute(InsertSql, new
            {
                upload.DatasetId, upload.FileName, upload.Format, upload.SourceId, upload.ContentHash, upload.SizeBytes, Gzip = gzip, upload.UploadedAt, upload.Options,
            });
            var result = Apply(target, upload, gzip, readers);
            if (!result.Applied)
            {
                var error = string.Join('\n', result.Errors.Take(ErrorsKept).Select(e => e.ToString()));
                if (result.ErrorCount > ErrorsKept)
                {
                    error += $"\n… and {result.ErrorCount - ErrorsKept} more";
                }

                target.Execute("UPDATE uploads SET status = 'failed', error = @error WHERE dataset_id = @DatasetId", new { error, upload.DatasetId });
                results.Add(new UploadReplayResult(upload.DatasetId, upload.FileName, false, error));
            }
            else
            {
                results.Add(new UploadReplayResult(upload.DatasetId, upload.FileName, true, null));
            }
        }

        return results;
    }

    private static DatasetImportReport Apply(SqliteConnection target, UploadInfo upload, byte[] gzip, IReadOnlyList<IDatasetReader> readers)
    {
        using var file = StoredUpload.Decompress(gzip);
        var options = new FileImportOptions { DatasetId = upload.DatasetId, FileName = upload.FileName, SourceId = upload.SourceId }.WithKept(upload.Options);
        try
        {
            return ImportEngine.Run(target, file, options, readers, progress: null, keep: false);
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or SqliteException or System.Text.Json.JsonException)
        {
            return new DatasetImportReport
            {
                DatasetId = upload.DatasetId,
                Errors = [ImportError.At(upload.FileName, 0, null, null, "could not be re-applied: " + ex.Message)],
                ErrorCount = 1,
            };
        }
    }

    private static List<UploadInfo> ReadKept(string? previousStore)
    {
        if (previousStore is null || !File.Exists(previousStore))
        {
            return [];
        }

        try
        {
            using var c = Database.OpenFile(previousStore, readOnly: true);
            var hasTable = c.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'uploads'") > 0;
            if (!hasTable)
            {
                return [];
            }

            var hasOptions = c.ExecuteScalar<long>("SELECT COUNT(*) FROM pragma_table_info('uploads') WHERE name = 'options'") > 0;
            return c.Query<UploadInfo>(KeptSql.Replace("{0}", hasOptions ? "options" : "NULL", StringComparison.Ordinal)).AsList();
        }
        catch (SqliteException)
        {
            // The previous store is not readable (damaged, or not ours): there is nothing we can carry over.
            return [];
        }
    }
}
