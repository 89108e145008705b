using Dashboard.Data.Import;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Formats;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Import.Formats;

public sealed class ContractObservationsReaderTests : IDisposable
{
    private readonly TestDataFolder _folder = new();
    private readonly TestDatabase _db = new();

    public void Dispose()
    {
        _folder.Dispose();
        _db.Dispose();
    }

    private ReferenceSet References()
    {
        using var c = _db.Open();
        DataFolderImporter.Import(c, _folder.Path);
        return ReferenceSet.Load(c);
    }

    [Fact]
    public void Read_ContractFile_RowsAsWritten()
    {
        var (content, errors) = FormatFixtures.Read(new ContractObservationsReader(), "contract-observations.csv", References());

        Assert.False(errors.HasErrors, FormatFixtures.Report(errors));
        Assert.Equal(53.3, FormatFixtures.Single(content, "arms-import-share", "CA5", "2010-2014", "RUS").Value);
        Assert.Equal(3, content.Observations.ElementAt(1).Line);
    }

    [Fact]
    public void Run_UnknownEntity_ReportedWithTheRuleTheFolderImporterUses()
    {
        References();
        var text = File.ReadAllText(FormatFixtures.PathOf("contract-observations.csv")).Replace("top500-systems,KAZ", "top500-systems,XXX", StringComparison.Ordinal);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        using var c = _db.Open();

        var report = ImportEngine.Run(c, stream, new FileImportOptions { DatasetId = "mine", FileName = "mine.csv", DryRun = true }, DatasetReaders.All);

        Assert.Contains("mine.csv line 2, column entity: 'XXX' is not a known entity (neither in the store nor defined by the file)",
            string.Join("\n", report.Errors), StringComparison.Ordinal);
    }
}
