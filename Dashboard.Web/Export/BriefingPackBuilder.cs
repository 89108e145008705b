using System.IO.Compression;
using System.Text;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;

namespace Dashboard.Web.Export;

/// <summary>
/// Builds a briefing pack: per chart a PNG, an SVG and a CSV with descriptive names, and CITATIONS.md (full
/// references, permalinks, data version, date). The web app zips it; the CLI writes it to a folder. Every chart is
/// rendered before anything is written, so an unknown chart never leaves half a pack. A build holds a pack slot of the
/// <see cref="RenderGate"/> and renders its charts one after another, so packs in flight stay bounded.
/// </summary>
public sealed class BriefingPackBuilder(ChartExporter exporter, RenderGate gate, TimeProvider clock)
{
    /// <summary>The pack; throws <see cref="RenderBusyException"/> when no pack slot is free within the queue wait.</summary>
    public async Task<BriefingPack> BuildAsync(IReadOnlyList<ChartSelection> charts, ExportSettings settings,
        IReadOnlyList<ChartFormat> formats, string baseUrl, CancellationToken ct)
    {
        using var slot = await gate.EnterPackAsync(ct);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { CitationsWriter.FileName };
        var files = new List<ExportFile>();
        var entries = new List<PackEntry>(charts.Count);
        foreach (var chart in charts)
        {
            var exported = await exporter.ExportAsync(chart, settings, formats, baseUrl, ct);
            if (exported is null)
            {
                return new BriefingPack([], chart.Indicator);
            }

            var named = exported.Files.Select(f => f with { Name = Unique(f.Name, taken) }).ToList();
            files.AddRange(named);
            entries.Add(new PackEntry(exported.Spec, named.Select(f => f.Name).ToList(), exported.Permalink));
        }

        var version = entries.Count == 0 ? "" : entries[^1].Spec.DataVersion;
        var citations = CitationsWriter.Write(entries, version, clock.GetUtcNow());
        files.Add(new ExportFile(CitationsWriter.FileName, new UTF8Encoding(false).GetBytes(citations)));
        return new BriefingPack(files, null);
    }

    /// <summary>Writes the files as a ZIP; PNGs are stored (already deflated), the rest deflated.</summary>
    public static async Task WriteZipAsync(Stream output, IReadOnlyList<ExportFile> files, CancellationToken ct)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        foreach (var file in files)
        {
            var level = file.Name.EndsWith(".png", StringComparison.Ordinal) ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
            var entry = zip.CreateEntry(file.Name, level);
            await using var stream = entry.Open();
            await stream.WriteAsync(file.Bytes, ct);
        }
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
