namespace Dashboard.Web.Cli;

/// <summary>
/// Runs a command-line verb instead of the web app when the first argument names one
/// (<c>dotnet run --project Dashboard.Web -- derive …</c>). Add a verb by adding a row to <see cref="Verbs"/>.
/// </summary>
public static class CliDispatcher
{
    public static IReadOnlyList<CliVerb> Verbs { get; } =
    [
        DeriveVerb.Verb,
        DeriveCldrVerb.Verb,
        ValidateVerb.Verb,
        ImportVerb.Verb,
        ListVerb.Verb,
        RemoveVerb.Verb,
        ExportVerb.Verb,
        FeedVerb.Verb,
        RefreshVerb.Verb,
        AdminVerb.Verb,
    ];

    /// <summary>Runs the verb named by <paramref name="args"/>[0] and returns its exit code; null when it names none.</summary>
    public static int? TryRun(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        if (args.Length == 0)
        {
            return null;
        }

        if (args[0] is "help" or "--help-verbs")
        {
            stdout.WriteLine("Verbs (dotnet run --project Dashboard.Web -- <verb> …); without a verb the web app starts:");
            foreach (var verb in Verbs)
            {
                stdout.WriteLine($"  {verb.Usage}");
                stdout.WriteLine($"      {verb.Summary}");
            }

            return 0;
        }

        var match = Verbs.FirstOrDefault(v => string.Equals(v.Name, args[0], StringComparison.Ordinal));
        return match?.Run(new CliArgs(args.Skip(1)), stdout, stderr);
    }

    /// <summary>Writes a usage error for a verb and returns exit code 2.</summary>
    public static int UsageError(CliVerb verb, TextWriter stderr, string message)
    {
        stderr.WriteLine($"{verb.Name}: {message}");
        stderr.WriteLine($"usage: {verb.Usage}");
        return 2;
    }
}
