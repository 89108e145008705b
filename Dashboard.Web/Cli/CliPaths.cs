namespace Dashboard.Web.Cli;

/// <summary>
/// Resolves a file argument. <c>dotnet run --project Dashboard.Web</c> starts the app in the project folder, so a path
/// relative to where the user typed the command is resolved against the shell's <c>PWD</c> first, then the working folder.
/// </summary>
public static class CliPaths
{
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return Path.GetFullPath(path);
        }

        var shell = Environment.GetEnvironmentVariable("PWD");
        var fromShell = string.IsNullOrEmpty(shell) || !Directory.Exists(shell) ? null : Path.GetFullPath(Path.Combine(shell, path));
        var fromWorking = Path.GetFullPath(path);
        return fromShell is not null && (File.Exists(fromShell) || !File.Exists(fromWorking)) ? fromShell : fromWorking;
    }
}
