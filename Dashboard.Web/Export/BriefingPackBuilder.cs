using System.IO.Compression;
using System.Text;
using Dashboard.Data.Model;
using Dashboard.Data.Queries;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Files;
using Dashboard.Web.Charts.Rendering;
using Dashboard.Web.Charts.Selection;

namespace Dashboard.Web.Export;

/// <summary>
/// Builds a briefing pack: per chart a PNG, an SVG and a CSV with descriptive names, and CITATIONS.md (full
/// references, permalinks, data version, date). The web app zips it; the CLI writes it to a folder. Every chart is
/// rendered before anything is written (the charts were resolved before: <see cref="DeckResolution"/>), so a failure never leaves half a pack.
/// When a value the charts show was ever revised, <c>revisions.csv</c> lists every change old → new. A build holds a pack slot of the
/// <see cref="RenderGate"/> and renders its charts one after another, so packs in flight stay bounded.
/// </summary>
public sealed class BriefingPackBuilder(ChartExporter exporter, RenderGate gate, TimeProvider clock, RevisionQueries revisions)
{
    /// <summary>The pack; throws <see cref="RenderBusyException"/> when no pack slot is free within the queue wait.</summary>
    public async Task<IReadOnlyList<ExportFile>> BuildAsync(IReadOnlyList<ResolvedItem> charts, ExportSettings settings,
        IReadOnlyList<ChartFormat> formats, string baseUrl, CancellationToken ct)
    {
        using var slot = await gate.EnterPackAsync(ct);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { CitationsWriter.FileName };
        var files = new List<ExportFile>();
        var exported = new List<ExportedChart>(charts.Count);
        foreach (var chart in charts)
        {
            var one = await exporter.ExportAsync(chart, settings, formats, baseUrl, ct);
            var named = one with { Files = one.Files.Select(f => f with { Name = Unique(f.Name, taken) }).ToList() };
            files.AddRange(named.Files);
            exported.Add(named);
        }

        if (await RevisionsAsync(exported, ct) is { } revisionsCsv)
        {
            files.Add(new ExportFile(Unique(RevisionRows.FileName, taken), revisionsCsv));
        }

        var version = exported.Count == 0 ? "" : exported[^1].Spec.DataVersion;
        var citations = CitationsWriter.Write(exported, version, clock.GetUtcNow());
        files.Add(new ExportFile(CitationsWriter.FileName, new UTF8Encoding(false).GetBytes(citations)));
        return files;
    }

    /// <summary>The changes of the values the charts show (under each chart's filters), newest first; null when there are none.</summary>
    private async Task<byte[]?> RevisionsAsync(IReadOnlyList<ExportedChart> exported, CancellationToken ct)
    {
        var changes = new List<RevisionChange>();
        foreach (var spec in exported.Select(e => e.Spec).Where(s => s.Kind is not (ChartKind.Timeline or ChartKind.Table))
                     .DistinctBy(s => s.IndicatorId + "?" + s.Selection.Query(dataOnly: true), StringComparer.Ordinal))
        {
            var s = spec.Selection;
            var filter = new ObservationFilter { Involving = s.Entities, Counterpart = s.Counterpart, From = s.From, To = s.To };
            changes.AddRange(await revisions.GetChangesAsync(spec.IndicatorId, filter, RevisionRows.MaxRows - changes.Count, ct));
            if (changes.Count >= RevisionRows.MaxRows)
            {
                break;
            }
        }

        if (changes.Count == 0)
        {
            return null;
        }

        string Name(string code) => exported.Select(e => e.Spec.Name(code)).FirstOrDefault(n => n != code) ?? code;
        var unique = changes.DistinctBy(c => (c.RevisionId, c.IndicatorId, c.EntityCode, c.CounterpartCode, c.Period));
        using var output = new MemoryStream();
        await ChartCsv.WriteAsync(RevisionRows.Of(unique, Name), output, ct);
        return output.ToArray();
    }

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
