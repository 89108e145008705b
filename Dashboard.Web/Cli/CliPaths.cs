namespace Dashboard.Web.Cli;

/// <summary>
/// Resolves relative paths given to verbs. <c>dotnet run --project Dashboard.Web</c> runs the app in the project folder,
/// not where the command was typed, so a relative path is looked up, in order, against the shell's folder (<c>PWD</c>),
/// the repository root (the folder holding GeoAiDashboard.sln) and the current directory; the first that exists wins.
/// A path that exists nowhere (an output folder to create, or a missing file to report) is resolved against the
/// repository root, or the current directory outside a checkout.
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
        var root = FindRepoRoot(Directory.GetCurrentDirectory()) ?? FindRepoRoot(AppContext.BaseDirectory);
        var candidates = new[] { string.IsNullOrEmpty(shell) || !Directory.Exists(shell) ? null : shell, root, Directory.GetCurrentDirectory() }
            .Where(d => d is not null)
            .Select(d => Path.GetFullPath(Path.Combine(d!, path)))
            .ToList();
        return candidates.FirstOrDefault(c => File.Exists(c) || Directory.Exists(c))
               ?? Path.GetFullPath(Path.Combine(root ?? Directory.GetCurrentDirectory(), path));
    }

    private static string? FindRepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GeoAiDashboard.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
