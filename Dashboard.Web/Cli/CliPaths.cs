namespace Dashboard.Web.Cli;

/// <summary>
/// Resolves relative paths given to verbs against the repository root (the folder holding GeoAiDashboard.sln), because
/// <c>dotnet run --project Dashboard.Web</c> runs the app in the project folder, not where the command was typed.
/// Outside a repository checkout, relative paths are resolved against the current directory.
/// </summary>
public static class CliPaths
{
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return Path.GetFullPath(path);
        }

        var root = FindRepoRoot(Directory.GetCurrentDirectory()) ?? FindRepoRoot(AppContext.BaseDirectory);
        return Path.GetFullPath(Path.Combine(root ?? Directory.GetCurrentDirectory(), path));
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
