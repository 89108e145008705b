namespace Dashboard.Web.Cli;

/// <summary><c>import</c>: applies a file as an uploaded dataset in one transaction (replacing one with the same id).</summary>
public static class ImportVerb
{
    public static CliVerb Verb { get; } = new(
        "import",
        "import <file.csv|file.xlsx|-> " + DatasetFileVerb.OptionsUsage,
        "Import a file as a dataset (id from the file name unless --dataset), replacing an uploaded dataset with that id; all or nothing; exit 1 on errors.",
        (args, stdout, stderr) => DatasetFileVerb.Run(Verb!, dryRun: false, args, stdout, stderr));
}
