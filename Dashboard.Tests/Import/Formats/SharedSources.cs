using Dashboard.Tests.Support;

namespace Dashboard.Tests.Import.Formats;

/// <summary>
/// Locates the raw third-party files in ../shared/sources (next to the repository). A fresh clone has no ../shared,
/// so tests that need them skip with <see cref="MissingReason"/>.
/// </summary>
internal static class SharedSources
{
    public static string? RepoRoot { get; } = FindRepoRoot();

    public static string? Folder =>
        RepoPaths.SharedOverride is { } shared ? Path.Combine(shared, "sources")
        : RepoRoot is null ? null : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "sources"));

    public static bool Available => Folder is not null && Directory.Exists(Folder);

    public static string MissingReason =>
        $"../shared/sources not found ({Folder ?? "repository root not found above " + AppContext.BaseDirectory}): the raw third-party files exist only on the project's workstations";

    public static string PathOf(string relative) => Path.Combine(Folder!, relative);

    private static string? FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GeoAiDashboard.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
