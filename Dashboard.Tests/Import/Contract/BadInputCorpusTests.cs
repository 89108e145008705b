using System.Globalization;
using System.Text;
using System.Text.Json;
using Dapper;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Contract;
using Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Import.Contract;

/// <summary>
/// Imports every file of TestData/bad (listed in its manifest.json) on top of a store holding valid data: each is either
/// imported with exactly the expected rows or rejected with the expected file/line/column messages and no change at all.
/// </summary>
public sealed class BadInputCorpusTests : IDisposable
{
    private static readonly string CorpusDirectory = Path.Combine(AppContext.BaseDirectory, "TestData", "bad");
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };
    private static readonly Lazy<IReadOnlyList<CorpusCase>> Manifest = new(LoadManifest);

    private readonly TestDataFolder _folder = new();
    private readonly TestDatabase _db = new();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in Manifest.Value)
        {
            data.Add(c.File);
        }

        return data;
    }

    public void Dispose()
    {
        _folder.Dispose();
        _db.Dispose();
    }

    [Fact]
    public void Manifest_ListsEveryCorpusFileExactlyOnce()
    {
        var onDisk = Directory.GetFiles(CorpusDirectory, "*.csv").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        var committed = Manifest.Value.Where(c => c.Generator is null).Select(c => c.File).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(onDisk, committed);
        Assert.Equal(Manifest.Value.Count, Manifest.Value.Select(c => c.File).Distinct(StringComparer.Ordinal).Count());
        Assert.True(onDisk.Count >= 30, $"the corpus has {onDisk.Count} committed files; at least 30 are wanted");
        Assert.All(Manifest.Value, c =>
        {
            Assert.True(RowParser.IsSlug(Path.GetFileNameWithoutExtension(c.File)) && c.File.EndsWith(".csv", StringComparison.Ordinal), c.File);
            Assert.False(string.IsNullOrWhiteSpace(c.What), c.File);
            Assert.True(c.Outcome is "imported" or "rejected", c.File);
            Assert.True(c.Outcome == "imported" ? c.Rows is not null : c.Errors is { Count: > 0 } && c.ErrorCount >= c.Errors.Count, c.File);
        });
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Import_CorpusFile_ImportsExactlyOrIsRejectedWithLineAndColumnLeavingStoreUnchanged(string file)
    {
        var c = Manifest.Value.Single(m => m.File == file);
        using var connection = _db.Open();
        DataFolderImporter.Import(connection, _folder.Path);
        var before = Snapshot(connection);
        var otherDatasetsBefore = OtherDatasets(connection, DatasetId(c));
        var path = Path.Combine(_folder.Path, "observations", c.File);
        if (c.Generator is null)
        {
            File.Copy(Path.Combine(CorpusDirectory, c.File), path);
        }
        else
        {
            Generate(c.Generator, path);
        }

        if (c.Outcome == "rejected")
        {
            var ex = Assert.Throws<ImportFailedException>(() => DataFolderImporter.Import(connection, _folder.Path));

            AssertErrors(c, ex.Errors);
            Assert.Equal(before, Snapshot(connection));
        }
        else
        {
            DataFolderImporter.Import(connection, _folder.Path);

            AssertRows(c, connection);
            Assert.Equal(otherDatasetsBefore, OtherDatasets(connection, DatasetId(c)));
        }
    }

    private static void AssertErrors(CorpusCase c, IReadOnlyList<ImportError> actual)
    {
        var report = string.Join("\n", actual);
        Assert.True(actual.Count == c.ErrorCount, $"{c.File}: expected {c.ErrorCount} errors, got {actual.Count}:\n{report}");
        var unmatched = actual.ToList();
        foreach (var e in c.Errors!)
        {
            var match = unmatched.FirstOrDefault(a =>
                a.Line == (e.Line ?? 0) && a.Column == e.Column && a.ToString().Contains(e.Contains, StringComparison.Ordinal));
            Assert.True(match is not null, $"{c.File}: no error at line {e.Line?.ToString(CultureInfo.InvariantCulture) ?? "-"}, column {e.Column ?? "-"} containing \"{e.Contains}\"; got:\n{report}");
            unmatched.Remove(match!);

            var text = match!.ToString();
            Assert.StartsWith("data/observations/" + c.File, text, StringComparison.Ordinal);
            if (e.Line is { } line)
            {
                Assert.Contains(string.Create(CultureInfo.InvariantCulture, $" line {line}"), text, StringComparison.Ordinal);
            }

            if (e.Column is not null)
            {
                Assert.Contains(", column " + e.Column, text, StringComparison.Ordinal);
            }
        }
    }

    private static void AssertRows(CorpusCase c, SqliteConnection connection)
    {
        var datasetId = DatasetId(c);
        var stored = connection.Query("""
            SELECT line, indicator_id AS indicator, entity_code AS entity, counterpart_code AS counterpart, period, period_as_stated,
                   value, source_id AS source, locator, basis, derived_from, note
            FROM observations WHERE dataset_id = @datasetId ORDER BY line
            """, new { datasetId }).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(c.Rows!.Count, stored.Count);
        Assert.Equal(c.Rows.Count, connection.ExecuteScalar<int>("SELECT row_count FROM datasets WHERE id = @datasetId", new { datasetId }));
        for (var i = 0; i < stored.Count; i++)
        {
            foreach (var (column, expected) in c.Rows[i])
            {
                var actual = stored[i][column];
                var shown = $"{c.File} row {i + 1}, {column}";
                switch (expected.ValueKind)
                {
                    case JsonValueKind.Null:
                        Assert.True(actual is null, $"{shown}: expected no value, got '{actual}'");
                        break;
                    case JsonValueKind.Number:
                        Assert.Equal(expected.GetDouble(), Convert.ToDouble(actual, CultureInfo.InvariantCulture));
                        break;
                    default:
                        Assert.Equal(expected.GetString(), actual as string);
                        break;
                }
            }
        }
    }

    /// <summary>Every table's rows (all columns, in rowid order) and the schema: equal before and after means untouched.</summary>
    private static string Snapshot(SqliteConnection c)
    {
        var text = new StringBuilder();
        foreach (var (type, name, sql) in c.Query<(string, string, string?)>("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"))
        {
            text.Append(type).Append(' ').Append(name).Append(": ").Append(sql).Append('\n');
            if (type != "table")
            {
                continue;
            }

            using var cmd = c.CreateCommand();
            cmd.CommandText = $"SELECT * FROM \"{name}\" ORDER BY rowid";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    text.Append(value is DBNull ? "NULL" : Convert.ToString(value, CultureInfo.InvariantCulture) + ":" + value.GetType().Name).Append('|');
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The stored observations of every other dataset (without rowids, which a re-import renumbers).</summary>
    private static string OtherDatasets(SqliteConnection c, string datasetId) =>
        string.Join('\n', c.Query<string>("""
            SELECT quote(dataset_id) || quote(indicator_id) || quote(entity_code) || quote(counterpart_code) || quote(period) || quote(period_as_stated)
                   || quote(value) || quote(source_id) || quote(locator) || quote(basis) || quote(derived_from) || quote(note) || quote(line)
            FROM observations WHERE dataset_id <> @datasetId ORDER BY dataset_id, line
            """, new { datasetId }));

    private static string DatasetId(CorpusCase c) => Path.GetFileNameWithoutExtension(c.File);

    private static void Generate(string generator, string path)
    {
        const string Header = "indicator,entity,counterpart,period,period_as_stated,value,source,locator,basis,derived_from,note";
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        writer.WriteLine(Header);
        switch (generator)
        {
            case "long-field-100k":
                writer.WriteLine("top500-systems,KAZ,,2019-11,,1,paper,§2.4,stated,," + new string('x', 100_000));
                break;
            case "fifty-megabytes":
                WriteFiftyMegabytes(writer);
                break;
            default:
                throw new InvalidOperationException("unknown generator " + generator);
        }

        writer.Flush();
        if (generator == "fifty-megabytes")
        {
            Assert.True(writer.BaseStream.Length >= 50_000_000, $"the generated file has only {writer.BaseStream.Length} bytes");
        }
    }

    /// <summary>200,000 valid rows of ~270 bytes with unique keys (monthly periods from 1000-01); the row on line 199,992 has a decimal comma.</summary>
    private static void WriteFiftyMegabytes(StreamWriter writer)
    {
        const int Rows = 200_000;
        const int BadRow = Rows - 10;
        string[] codes = ["CHN", "RUS", "USA", "KAZ", "KGZ", "CA5"];
        var row = 0;
        for (var month = 0; row < Rows; month++)
        {
            var period = string.Create(CultureInfo.InvariantCulture, $"{1000 + month / 12:0000}-{month % 12 + 1:00}");
            foreach (var entity in codes)
            {
                foreach (var counterpart in codes)
                {
                    if (counterpart == entity || row == Rows)
                    {
                        continue;
                    }

                    var value = row == BadRow ? "\"12,5\"" : (row % 1000 / 10.0).ToString(CultureInfo.InvariantCulture);
                    writer.Write("arms-import-share,");
                    writer.Write(entity);
                    writer.Write(',');
                    writer.Write(counterpart);
                    writer.Write(',');
                    writer.Write(period);
                    writer.Write(",,");
                    writer.Write(value);
                    writer.Write(",paper,\"§2.1; Zanini 2022, p. 2\",stated,,generated row ");
                    writer.Write(row.ToString("000000", CultureInfo.InvariantCulture));
                    writer.WriteLine(" of the fifty-megabyte corpus case: a long note as analysts write one when a value needs a caveat about the source edition and its rounding and revisions");
                    row++;
                }
            }
        }
    }

    private static IReadOnlyList<CorpusCase> LoadManifest()
    {
        var json = File.ReadAllText(Path.Combine(CorpusDirectory, "manifest.json"));
        return JsonSerializer.Deserialize<CorpusManifest>(json, JsonOptions)!.Cases;
    }

    private sealed record CorpusManifest(IReadOnlyList<CorpusCase> Cases);

    private sealed record CorpusCase(
        string File,
        string What,
        string Outcome,
        string? Generator,
        int ErrorCount,
        IReadOnlyList<ExpectedError>? Errors,
        IReadOnlyList<Dictionary<string, JsonElement>>? Rows);

    private sealed record ExpectedError(int? Line, string? Column, string Contains);
}
