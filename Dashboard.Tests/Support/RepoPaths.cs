namespace Dashboard.Tests.Support;

/// <summary>Finds the repository root and the optional <c>../shared</c> folder beside it (absent on a fresh clone).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shipped data folder copied into the test output.</summary>
    public static string ShippedData => Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>
    /// The shared folder with the paper and raw sources, or null when this checkout has none. It lies beside the
    /// repository, or where <c>GEOAI_SHARED</c> says (a git worktree elsewhere).
    /// </summary>
    public static string? Shared
    {
        get
        {
            var path = SharedOverride ?? Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>The shared folder named by the <c>GEOAI_SHARED</c> environment variable, or null.</summary>
    public static string? SharedOverride =>
        Environment.GetEnvironmentVariable("GEOAI_SHARED") is { Length: > 0 } path ? Path.GetFullPath(path) : null;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GeoAiDashboard.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GeoAiDashboard.sln not found above " + AppContext.BaseDirectory);
    }
}
