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

    /// <summary>
    /// The reader for the table; for a workbook whose first sheet fits no format (SIPRI's "Front page"), the sheet that
    /// does, when exactly one does, or an error naming the sheets that do, so the user can choose.
    /// </summary>
    private static IDatasetReader? Detect(Stream file, FileImportOptions options, IReadOnlyList<IDatasetReader> readers, ref TableSource? table, ErrorList errors)
    {
        var first = new ErrorList();
        if (FormatDetector.Detect(table!, readers, first) is { } found)
        {
            return found;
        }

        if (table is XlsxTableSource && options.Dialect.Sheet is null)
        {
            var fitting = new List<(TableSource Table, IDatasetReader Reader)>();
            var opened = table.Dialect.Sheet;
            foreach (var sheet in XlsxTableSource.SheetNames(file, options.XlsxBudget).Where(s => s != opened))
            {
                if (TableSources.Open(file, options.FileName, options.Dialect with { Sheet = sheet }, new ErrorList(), options.XlsxBudget) is { } other
                    && FormatDetector.Detect(other, readers, new ErrorList()) is { } reader)
                {
                    fitting.Add((other, reader));
                }
            }

            if (fitting.Count == 1)
            {
                var firstSheet = table.Dialect.Sheet;
                table = fitting[0].Table;
                table.Explain($"the only sheet of a supported format; the first, '{firstSheet}', has none");
                return fitting[0].Reader;
            }

            if (fitting.Count > 1)
            {
                errors.Add(ImportError.At(options.FileName, 0, "sheet", table.Dialect.Sheet,
                    $"holds no table of a supported format, and {fitting.Count} other sheets do: {string.Join("; ", fitting.Select(f => $"'{f.Table.Dialect.Sheet}' ({f.Reader.FormatName})"))}: choose one (--sheet; 'Sheet' on the upload form)"));
                return null;
            }
        }

        foreach (var error in first.Items)
        {
            errors.Add(error);
        }

        return null;
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
        var reader = table is null ? null : Detect(file, options, readers, ref table, errors);
        var references = ReferenceSet.Load(connection);
        var sourceId = options.NewSource?.Id ?? options.SourceId;
        if (options.NewSource is { } named)
        {
            if (string.IsNullOrWhiteSpace(named.Citation) || !RowParser.IsSlug(named.Id))
            {
                errors.Add(ImportError.At(options.FileName, 0, "source-citation", named.Citation, "is needed to name a new source (and its id, when given, must be lower-case letters, digits and '-')"));
            }
            else if (named.Url is { } url && !ContractTables.IsPlainHttpUrl(url))
            {
                errors.Add(ImportError.At(options.FileName, 0, "source-url", url, "is not an absolute http(s) URL without spaces, quotes or angle brackets"));
            }
        }
        else if (sourceId is not null && !references.Sources.Contains(sourceId))
        {
            errors.Add(ImportError.At(options.FileName, 0, "source", sourceId, "is not a known source (choose one from the list, name a new one with its citation, or leave it empty)"));
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
        var context = new ReaderContext
        {
            References = references,
            SourceId = sourceId,
            EntityMap = options.EntityMap,
            Indicator = options.Indicator,
            Series = options.Series,
            CountryColumn = options.CountryColumn,
            Columns = options.Columns ?? new Dictionary<string, TableIndicator>(),
        };
        using var content = reader.Read(table, context, errors);
        if (options.NewSource is { } source && !content.Sources.Exists(s => s.Id == source.Id))
        {
            content.Sources.Add(source);
        }

        var request = new DatasetImportRequest
        {
            DatasetId = options.DatasetId,
            FileName = options.FileName,
            ContentHash = hash,
            SourceId = sourceId,
            DryRun = options.DryRun,
            Upload = !keep || options.DryRun || errors.HasErrors ? null : StoredUpload.Compress(file),
            Options = options.ToJson(),
            Revision = keep ? options.Revision ?? RevisionStamp.Upload(DateTimeOffset.UtcNow) : null,
            MaxWait = options.MaxWait,
            Waiting = options.Waiting,
        };
        var report = DatasetImporter.Apply(connection, content, request, errors, progress);
        report.Dialect = table.Dialect.Describe();
        return report;
    }
}
