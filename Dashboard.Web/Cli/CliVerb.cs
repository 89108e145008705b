namespace Dashboard.Web.Cli;

/// <summary>A command-line verb: its name, usage line, one-line summary, and the handler (returns the exit code).</summary>
public sealed record CliVerb(string Name, string Usage, string Summary, Func<CliArgs, TextWriter, TextWriter, int> Run);
