using System.Security.Cryptography;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Import.Tables;
using Dashboard.Data.Import.Store;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Import;

/// <summary>
/// The import engine shared by the web upload and the command line: hashes a file, detects its format by shape, reads
/// and validates it against the store, and hands the content to <see cref="DatasetImporter"/> (dry run or for real).
/// Every file goes through <see cref="TableSources"/> first: its encoding, delimiter and decimal separator (or its
/// workbook sheet) are detected or given, and the report says which.
/// A real import also keeps the file in the store, so a rebuild from data/ can re-apply it.
/// </summary>
public static class ImportEngine
{
    /// <summary>A dataset id from a file name: lower-cased, anything but letters and digits turned into '-'.</summary>
    public static string DatasetIdFromFileName(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant();
        var chars = stem.Select(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? ch : '-').ToArray();
        var id = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (id.Length > 60)
        {
            id = id[..60].TrimEnd('-');
        }

        return id.Length == 0 ? "upload" : id;
    }

    /// <param name="connection">An open connection to a store with the current schema.</param>
    /// <param name="file">The file's bytes; a stream that cannot seek (a pipe) is first copied to a temporary file.</param>
    /// <param name="options">Dataset id, display name, source, dialect overrides, named indicator, dry run.</param>
    /// <param name="readers">The formats to try, in order.</param>
    /// <param name="progress">Bytes read, then rows written.</param>
    /// <param name="keep">Keep the file in the store (false when re-applying a file already kept).</param>
    /// <exception cref="StoreBusyException">A real import waited longer than <see cref="FileImportOptions.MaxWait"/> for another writer.</exception>
    public static DatasetImportReport Run(SqliteConnection connection, Stream file, FileImportOptions options,
        IReadOnlyList<IDatasetReader> readers, IProgress<ImportProgress>? progress = null, bool keep = true)
    {
        if (!file.CanSeek)
        {
            using var copy = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
            file.CopyTo(copy);
            return Run(connection, copy, options, readers, progress, keep);
        }

        var errors = new ErrorList();
        file.Position = 0;
        var hash = Convert.ToHexStringLower(SHA256.HashData(file));
        var table = TableSources.Open(file, options.FileName, options.Dialect, errors, options.XlsxBudget);
        var reader = table is null ? null : FormatDetector.Detect(table, readers, errors);
        var references = ReferenceSet.Load(connection);
        if (options.SourceId is { } sourceId && !references.Sources.Contains(sourceId))
        {
            errors.Add(ImportError.At(options.FileName, 0, "source", sourceId, "is not a known source (choose one from the list, or leave it empty)"));
        }

        if (table is null || reader is null || errors.HasErrors)
        {
            return new DatasetImportReport
            {
                DatasetId = options.DatasetId,
                Format = reader?.FormatName,
                Dialect = table?.Dialect.Describe(),
                DryRun = options.DryRun,
                Errors = errors.ToReport(),
                ErrorCount = errors.Count,
                DiffComplete = false,
            };
        }

        table.Progress = progress;
        var context = new ReaderContext { References = references, SourceId = options.SourceId, EntityMap = options.EntityMap, Indicator = options.Indicator };
        var content = reader.Read(table, context, errors);
        var request = new DatasetImportRequest
        {
            DatasetId = options.DatasetId,
            FileName = options.FileName,
            ContentHash = hash,
            SourceId = options.SourceId,
            DryRun = options.DryRun,
            Upload = !keep || options.DryRun || errors.HasErrors ? null : StoredUpload.Compress(file),
            Options = options.ToJson(),
            MaxWait = options.MaxWait,
            Waiting = options.Waiting,
        };
        var report = DatasetImporter.Apply(connection, content, request, errors, progress);
        report.Dialect = table.Dialect.Describe();
        return report;
    }
}
