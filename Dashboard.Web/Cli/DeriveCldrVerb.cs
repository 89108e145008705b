using Dashboard.Web.Localization;

namespace Dashboard.Web.Cli;

/// <summary><c>derive-cldr</c>: re-derives the CLDR tables in <c>Dashboard.Web/Localization/Cldr</c> (<see cref="CldrDeriver"/>).</summary>
public static class DeriveCldrVerb
{
    public static CliVerb Verb { get; } = new(
        "derive-cldr",
        "derive-cldr --cldr <folder with cldr-core, cldr-localenames-full, cldr-numbers-full, cldr-dates-full> [--out Dashboard.Web/Localization/Cldr]",
        "Derive the country names, number symbols and month names the dashboard formats with from the Unicode CLDR npm packages.",
        Run);

    private static int Run(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        if (args.UnknownOptions("cldr", "out").FirstOrDefault() is { } unknown)
        {
            return CliDispatcher.UsageError(Verb, stderr, $"unknown option --{unknown}");
        }

        if (args.Option("cldr") is not { } cldr)
        {
            return CliDispatcher.UsageError(Verb, stderr, "--cldr is required");
        }

        try
        {
            foreach (var path in CldrDeriver.Derive(CliPaths.Resolve(cldr), CliPaths.Resolve(args.Option("out", "Dashboard.Web/Localization/Cldr"))))
            {
                stdout.WriteLine("wrote " + path);
            }

            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is IOException or System.Text.Json.JsonException or KeyNotFoundException or UnauthorizedAccessException)
        {
            stderr.WriteLine("derive-cldr: " + ex.Message);
            return 1;
        }
    }
}
