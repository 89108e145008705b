using System.Globalization;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Queries;
using Dashboard.Web.Localization;

namespace Dashboard.Web.Cli;

/// <summary>
/// <c>validate</c>: a dry run — every error and the diff per indicator; nothing changes. <c>validate --texts</c>: which
/// data texts each culture lacks (shown in English until translated in <c>data/i18n/{culture}.csv</c>).
/// </summary>
public static class ValidateVerb
{
    public static CliVerb Verb { get; } = new(
        "validate",
        "validate <file.csv|file.xlsx|-> " + DatasetFileVerb.OptionsUsage + " | validate --texts [--db path] [--data folder]",
        "Check a file against the store (format, every rule, keys held by other datasets) and show what importing it would change; exit 1 on errors. With --texts: list the data texts each language lacks.",
        (args, stdout, stderr) => args.Flag("texts") ? Texts(args, stdout, stderr) : DatasetFileVerb.Run(Verb!, dryRun: true, args, stdout, stderr));

    private static int Texts(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        if (args.UnknownOptions("texts", "db", "data").FirstOrDefault() is { } unknown)
        {
            return CliDispatcher.UsageError(Verb, stderr, $"unknown option --{unknown}");
        }

        if (args.Positional.Count > 0)
        {
            return CliDispatcher.UsageError(Verb, stderr, "validate --texts takes no file");
        }

        var (database, build) = CliStore.Open(args);
        CliStore.ReportReplay(build, stderr);
        var indicators = new IndicatorQueries(database).GetIndicatorsAsync().GetAwaiter().GetResult();
        var entities = new EntityQueries(database).GetEntitiesAsync().GetAwaiter().GetResult();
        var events = new EventQueries(database).GetEventsAsync().GetAwaiter().GetResult();
        var keys = DataTextsTable.Keys(indicators, entities, events);
        var texts = new DataTextQueries(database).GetAllAsync().GetAwaiter().GetResult();
        foreach (var culture in Language.Cultures.Where(c => c != CldrCultures.English))
        {
            var have = texts.Where(t => t.Culture == culture).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
            var missing = keys.Keys.Where(k => !have.Contains(k)).Order(StringComparer.Ordinal).ToList();
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{culture}: {keys.Count - missing.Count} of {keys.Count} data texts translated{(missing.Count == 0 ? "" : $"; {missing.Count} shown in English until data/i18n/{culture}.csv has them:")}"));
            foreach (var key in missing)
            {
                stdout.WriteLine("  " + key + "\t" + keys[key]);
            }
        }

        return ExitCodes.Ok;
    }
}
