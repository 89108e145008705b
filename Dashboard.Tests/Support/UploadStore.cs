using System.Security.Cryptography;
using System.Text;
using Dapper;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Import.Tables;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Support;

/// <summary>
/// A store built from a <see cref="TestDataFolder"/> (WAL, as the app runs it) for upload tests: runs files through the
/// import engine and proves a rejected import left the store file byte for byte as it was.
/// </summary>
public sealed class UploadStore : IDisposable
{
    private readonly TestDataFolder _folder = new();
    private readonly TestDatabase _db = new();

    /// <summary>An indicator without a range, for values in the thousands.</summary>
    public const string Unbounded = "test-amount";

    public UploadStore()
    {
        _folder.AppendLine("indicators.csv", Unbounded + ",Test amount,US$ m,economic,Values without a range.,line,,");
        using var c = _db.Open();
        DataFolderImporter.Import(c, _folder.Path);
        c.Execute("PRAGMA journal_mode = WAL;");
    }

    public TestDataFolder Folder => _folder;

    public string DatabasePath => _db.Database.Path;

    public SqliteConnection Open() => _db.Open();

    public DatasetImportReport Run(byte[] file, string fileName, bool dryRun = false, DialectOptions? dialect = null,
        TableIndicator? indicator = null, string? sourceId = null, string? datasetId = null, IReadOnlyList<string>? series = null,
        string? countryColumn = null, Dashboard.Data.Model.Source? newSource = null)
    {
        using var c = Open();
        using var stream = new MemoryStream(file);
        return ImportEngine.Run(c, stream, new FileImportOptions
        {
            DatasetId = datasetId ?? ImportEngine.DatasetIdFromFileName(fileName),
            FileName = fileName,
            DryRun = dryRun,
            Dialect = dialect ?? DialectOptions.Detect,
            Indicator = indicator,
            SourceId = sourceId,
            Series = series,
            CountryColumn = countryColumn,
            NewSource = newSource,
        }, DatasetReaders.All);
    }

    /// <summary>Runs a file that must be rejected, for real, and checks the store file and its WAL did not change by one byte.</summary>
    public DatasetImportReport Reject(byte[] file, string fileName, DialectOptions? dialect = null, TableIndicator? indicator = null, string? sourceId = null,
        string? datasetId = null, IReadOnlyList<string>? series = null, string? countryColumn = null)
    {
        var before = FileHash();
        var report = Run(file, fileName, dialect: dialect, indicator: indicator, sourceId: sourceId, datasetId: datasetId, series: series, countryColumn: countryColumn);
        Assert.False(report.Applied, "expected a rejection, got an applied import");
        Assert.True(report.HasErrors);
        Assert.Equal(before, FileHash());
        return report;
    }

    public double Value(string indicator, string entity, string period) =>
        Open().ExecuteScalar<double>("SELECT value FROM observations WHERE indicator_id = @indicator AND entity_code = @entity AND period = @period",
            new { indicator, entity, period });

    /// <summary>SHA-256 of the store file and its -wal file, with every connection closed.</summary>
    public string FileHash()
    {
        SqliteConnection.ClearAllPools();
        var hash = new StringBuilder();
        foreach (var path in new[] { DatabasePath, DatabasePath + "-wal" })
        {
            hash.Append(File.Exists(path) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) : "-").Append(' ');
        }

        return hash.ToString();
    }

    public static string Errors(DatasetImportReport report) => string.Join("\n", report.Errors);

    public void Dispose()
    {
        _folder.Dispose();
        _db.Dispose();
    }
}
