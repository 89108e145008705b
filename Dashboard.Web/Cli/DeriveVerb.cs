using Dashboard.Data.Derive;
using Dashboard.Data.Geo;
using Dashboard.Data.Import;

namespace Dashboard.Web.Cli;

/// <summary><c>derive</c>: regenerates the derived series in data/observations from the raw files in ../shared/sources.</summary>
public static class DeriveVerb
{
    public static CliVerb Verb { get; } = new(
        "derive",
        "derive [--sources ../shared/sources] [--out data]",
        "Regenerate data/observations/{top500,sipri-*,debt-*,cset-*,aigs}.csv from the raw TOP500, SIPRI, IDS, CSET/OWID and AIGS files, and data/geo/central-asia.geojson from Natural Earth.",
        Run);

    private static int Run(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        if (args.UnknownOptions("sources", "out").FirstOrDefault() is { } unknown)
        {
            return CliDispatcher.UsageError(Verb, stderr, $"unknown option --{unknown}");
        }

        var sources = CliPaths.Resolve(args.Option("sources", Path.Combine("..", "shared", "sources")));
        var data = CliPaths.Resolve(args.Option("out", "data"));
        if (!Directory.Exists(sources))
        {
            return CliDispatcher.UsageError(Verb, stderr, $"sources folder not found: {sources}");
        }

        if (!File.Exists(Path.Combine(data, "sources.csv")))
        {
            return CliDispatcher.UsageError(Verb, stderr, $"not a data folder (no sources.csv): {data}");
        }

        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var map = RegionGeometryDeriver.Derive(sources);
            var report = PrimarySeriesDeriver.Run(sources, data);
            var mapBytes = RegionGeometryDeriver.Write(data, map);
            stdout.WriteLine($"wrote {Path.Combine(data, map.RelativePath)}: {map.Countries} countries, {map.Points:N0} points, {mapBytes:N0} bytes");
            foreach (var file in report.Files)
            {
                stdout.WriteLine($"wrote {Path.Combine(data, file.RelativePath)}: {file.Rows} rows, {file.Bytes:N0} bytes");
            }

            foreach (var note in report.Notes)
            {
                stdout.WriteLine("note: " + note);
            }

            stdout.WriteLine($"derived from {sources} in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:0.00} s; the data folder imports cleanly");
            return 0;
        }
        catch (ImportFailedException ex)
        {
            stderr.WriteLine("derive failed; data folder unchanged:");
            foreach (var error in ex.Errors)
            {
                stderr.WriteLine("  " + error);
            }

            return 1;
        }
    }
}
