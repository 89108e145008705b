namespace Dashboard.Tests.Support;

/// <summary>
/// Counts this process's inotify instances: the file descriptors in <c>/proc/self/fd</c> that link to
/// <c>anon_inode:inotify</c>. Linux allows 128 per user by default; every file watcher holds one.
/// </summary>
public static class Inotify
{
    /// <summary>The count, or null where <c>/proc/self/fd</c> does not exist (not Linux).</summary>
    public static int? Count()
    {
        const string folder = "/proc/self/fd";
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var count = 0;
        foreach (var fd in Directory.EnumerateFileSystemEntries(folder))
        {
            try
            {
                if (new FileInfo(fd).LinkTarget is { } target && target.Contains("inotify", StringComparison.Ordinal))
                {
                    count++;
                }
            }
            catch (IOException)
            {
                // The descriptor closed while we looked (another thread's file): not a watcher.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return count;
    }
}
