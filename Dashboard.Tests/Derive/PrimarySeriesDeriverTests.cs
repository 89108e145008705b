using Dashboard.Data.Derive;
using Dashboard.Data.Import;
using Dashboard.Tests.Import.Formats;
using Dashboard.Tests.Support;
using Xunit.Abstractions;

namespace Dashboard.Tests.Derive;

/// <summary>The derive command run on the raw files of ../shared/sources (skipped where they are absent).</summary>
public sealed class PrimarySeriesDeriverTests(ITestOutputHelper output, SkipNotice skip) : IClassFixture<SkipNotice>, IDisposable
{
    private static readonly string[] DerivedFiles =
        ["top500.csv", "sipri-tiv.csv", "sipri-shares-5y.csv", "debt-china-share.csv", "cset-ai-publications.csv", "cset-ai-investment.csv", "aigs.csv"];

    private readonly string _copy = Path.Combine(Path.GetTempPath(), "geoai-derive-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_copy))
        {
            Directory.Delete(_copy, recursive: true);
        }
    }

    private string CopyOfShippedData()
    {
        if (!SharedSources.Available)
        {
            output.WriteLine("Skipped: " + SharedSources.MissingReason);
        }

        skip.IfNot(SharedSources.Available, SharedSources.MissingReason);
        var data = Path.Combine(SharedSources.RepoRoot!, "data");
        foreach (var file in Directory.GetFiles(data, "*.csv", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_copy, Path.GetRelativePath(data, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return data;
    }

    [SkippableFact]
    public void Run_RawFiles_ReproducesTheShippedFilesByteForByte()
    {
        var data = CopyOfShippedData();
        foreach (var file in DerivedFiles)
        {
            File.Delete(Path.Combine(_copy, "observations", file));
        }

        var report = PrimarySeriesDeriver.Run(SharedSources.Folder!, _copy);

        Assert.Equal(DerivedFiles.Select(f => "observations/" + f).Order(), report.Files.Select(f => f.RelativePath).Order());
        foreach (var file in DerivedFiles)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(data, "observations", file)).AsSpan()
                .SequenceEqual(File.ReadAllBytes(Path.Combine(_copy, "observations", file))), $"{file} differs from a fresh derive: run the derive command");
        }

        Assert.Contains(report.Notes, n => n.Contains("Turkmenistan is not in aigs-2022-cleaned-global2.csv", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Run_SupplierMissingFromEntities_FailsNamingItAndLeavesDataUntouched()
    {
        CopyOfShippedData();
        var entities = Path.Combine(_copy, "entities.csv");
        File.WriteAllLines(entities, File.ReadAllLines(entities).Where(l => !l.StartsWith("ITA,", StringComparison.Ordinal)));
        var shares = Path.Combine(_copy, "observations", "sipri-shares-5y.csv");
        File.WriteAllText(shares, "sentinel");

        var ex = Assert.Throws<ImportFailedException>(() => PrimarySeriesDeriver.Run(SharedSources.Folder!, _copy));

        Assert.Contains(ex.Errors, e => e.ToString().Contains("'ITA' is used by the derived series but not defined: add 'ITA,Italy,country,'", StringComparison.Ordinal));
        Assert.Equal("sentinel", File.ReadAllText(shares));
    }
}
