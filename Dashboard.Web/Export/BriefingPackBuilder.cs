using System.IO.Compression;
using System.Text;
using Dashboard.Data;
using Dashboard.Data.Queries;

namespace Dashboard.Web.Export;

/// <summary>
/// Builds a briefing pack: a ZIP with PNG + SVG + CSV per chart (descriptive names) and CITATIONS.md (full
/// references, permalinks, data version, date). Every chart is checked before anything is written.
/// </summary>
public sealed class BriefingPackBuilder(ChartExporter exporter, SourceQueries sources, Database database, TimeProvider clock)
{
    /// <summary>More charts than this in one pack is refused: at 4× a pack of this size is already some 100 MB.</summary>
    public const int MaxCharts = 20;

    /// <summary>
    /// Writes the ZIP to <paramref name="output"/> and returns the entry names, or the id of the first chart that does
    /// not exist (then nothing is written).
    /// </summary>
    public async Task<(IReadOnlyList<string> Entries, string? UnknownChart)> WriteAsync(
        Stream output, IReadOnlyList<ExportPanelRequest> charts, ExportSettings settings, string baseUrl, CancellationToken ct)
    {
        var exported = new List<ExportedChart>(charts.Count);
        foreach (var chart in charts)
        {
            var e = await exporter.ExportAsync(chart, settings, ChartExporter.AllFormats, baseUrl, ct);
            if (e is null)
            {
                return ([], chart.Indicator);
            }

            exported.Add(e);
        }

        var references = (await sources.GetSourcesAsync(ct)).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var entries = new List<PackEntry>(exported.Count);
        var names = new List<string>();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { CitationsWriter.FileName };
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8))
        {
            foreach (var e in exported)
            {
                var files = new List<string>();
                foreach (var file in e.Files)
                {
                    var name = Unique(file.Name, taken);
                    await WriteEntryAsync(zip, name, file.Bytes, ct);
                    files.Add(name);
                }

                names.AddRange(files);
                var refs = e.Facts.Sources.Select(s => references.GetValueOrDefault(s.Id)).OfType<Dashboard.Data.Model.Source>().ToList();
                entries.Add(new PackEntry(e.Facts, refs, files, e.Permalink));
            }

            var citations = CitationsWriter.Write(entries, database.GetDataVersion(), clock.GetUtcNow());
            await WriteEntryAsync(zip, CitationsWriter.FileName, new UTF8Encoding(false).GetBytes(citations), ct);
            names.Add(CitationsWriter.FileName);
        }

        return (names, null);
    }

    private static async Task WriteEntryAsync(ZipArchive zip, string name, byte[] bytes, CancellationToken ct)
    {
        // PNGs are already deflated; storing them saves time for no loss.
        var level = name.EndsWith(".png", StringComparison.Ordinal) ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
        var entry = zip.CreateEntry(name, level);
        await using var stream = entry.Open();
        await stream.WriteAsync(bytes, ct);
    }

    /// <summary>The same chart chosen twice gets "-2", "-3" before its extension instead of overwriting.</summary>
    private static string Unique(string name, HashSet<string> taken)
    {
        if (taken.Add(name))
        {
            return name;
        }

        var dot = name.LastIndexOf('.');
        for (var n = 2; ; n++)
        {
            var candidate = FormattableString.Invariant($"{name[..dot]}-{n}{name[dot..]}");
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
