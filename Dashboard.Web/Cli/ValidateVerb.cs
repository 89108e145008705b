namespace Dashboard.Web.Cli;

/// <summary><c>validate</c>: a dry run — every error and the diff per indicator; nothing changes.</summary>
public static class ValidateVerb
{
    public static CliVerb Verb { get; } = new(
        "validate",
        "validate <file.csv|file.xlsx|-> " + DatasetFileVerb.OptionsUsage,
        "Check a file against the store (format, every rule, keys held by other datasets) and show what importing it would change; exit 1 on errors.",
        (args, stdout, stderr) => DatasetFileVerb.Run(Verb!, dryRun: true, args, stdout, stderr));
}
