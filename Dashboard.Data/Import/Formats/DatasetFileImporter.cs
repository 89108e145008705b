using System.Globalization;
using System.Security.Cryptography;
using Dapper;
using Dashboard.Data.Model;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// Imports one file in any supported format into a store: detects the format from the file's shape, reads it,
/// validates what it produced against the store's references, and writes the new definitions, the dataset row and
/// every observation in ONE transaction. Any error rolls everything back and throws <see cref="ImportFailedException"/>
/// listing every error with file, line and column; the store is untouched.
/// </summary>
public static class DatasetFileImporter
{
    /// <param name="connection">An open connection to a store with the current schema.</param>
    /// <param name="stream">The file (seekable).</param>
    /// <param name="displayName">Name used in error messages, e.g. the uploaded file name.</param>
    /// <param name="options">Dataset id, origin, source and mappings.</param>
    public static DatasetImportResult Import(SqliteConnection connection, Stream stream, string displayName, DatasetImportOptions options)
    {
        var errors = new ErrorList();
        if (!RowParser.IsSlug(options.DatasetId))
        {
            errors.Add(ImportError.At(displayName, 0, null, options.DatasetId, "is not a valid dataset id (use lower-case letters, digits and '-')"));
            throw new ImportFailedException(errors.ToReport());
        }

        if (TextEncodingCheck.Check(stream, displayName) is { } encodingError)
        {
            errors.Add(encodingError);
            throw new ImportFailedException(errors.ToReport());
        }

        var reader = FormatDetector.Detect(stream, displayName, options.Readers ?? DatasetReaders.All, errors);
        if (reader is null)
        {
            throw new ImportFailedException(errors.ToReport());
        }

        using var transaction = connection.BeginTransaction();
        var refs = ReferenceSet.Load(connection, transaction);
        if (connection.ExecuteScalar<long>("SELECT COUNT(*) FROM datasets WHERE id = @id", new { id = options.DatasetId }, transaction) > 0)
        {
            errors.Add(ImportError.At(displayName, 0, null, options.DatasetId, "is already the id of a stored dataset (remove it first or choose another id)"));
        }

        if (options.SourceId is { } sourceId && !refs.Sources.Contains(sourceId))
        {
            errors.Add(ImportError.At(displayName, 0, "source", sourceId, "is not a known source"));
        }

        if (errors.HasErrors)
        {
            throw new ImportFailedException(errors.ToReport());
        }

        var context = new ReaderContext { References = refs, SourceId = options.SourceId, EntityMap = options.EntityMap };
        var content = reader.Read(stream, displayName, context, errors);
        if (!errors.HasErrors)
        {
            DatasetContentValidator.Validate(content, refs, displayName, errors);
        }

        if (errors.HasErrors)
        {
            throw new ImportFailedException(errors.ToReport());
        }

        StoreWriter.WriteDictionary(connection, transaction, content.Sources, content.Indicators, content.Entities);
        stream.Position = 0;
        StoreWriter.WriteDatasets(connection, transaction,
        [
            new DatasetInfo
            {
                Id = options.DatasetId,
                FileName = options.FileName ?? displayName,
                Format = content.Format,
                Origin = options.Origin,
                ContentHash = Convert.ToHexStringLower(SHA256.HashData(stream)),
                SourceId = options.SourceId ?? content.Observations.Select(o => o.Observation.SourceId).FirstOrDefault(),
                ImportedAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            },
        ]);
        long rows = 0;
        using (var writer = new ObservationWriter(connection, transaction))
        {
            foreach (var p in content.Observations)
            {
                if (writer.Insert(options.DatasetId, p.Observation, p.Period, p.Line) is { } existing)
                {
                    errors.Add(ImportError.At(displayName, p.Line, "period", p.Observation.Period,
                        $"duplicates the key (indicator {p.Observation.IndicatorId}, entity {p.Observation.EntityCode}, counterpart {p.Observation.CounterpartCode ?? "none"}, period) already given in {existing}"));
                }
                else
                {
                    rows++;
                }
            }
        }

        if (errors.HasErrors)
        {
            transaction.Rollback();
            throw new ImportFailedException(errors.ToReport());
        }

        StoreWriter.SetRowCount(connection, transaction, options.DatasetId, rows);
        transaction.Commit();
        return new DatasetImportResult(options.DatasetId, content.Format, content.Edition, rows,
            content.Indicators.Count, content.Entities.Count, content.Sources.Count, content.Notes);
    }
}
