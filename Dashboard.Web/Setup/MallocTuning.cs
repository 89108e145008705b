using System.Runtime.InteropServices;

namespace Dashboard.Web.Setup;

/// <summary>
/// Keeps glibc from hoarding the multi-megabyte pixel buffers of chart renders. By default glibc raises its mmap
/// threshold each time such a buffer is freed, so later ones come from per-thread arenas that keep the memory;
/// with renders of ever-different sizes the resident set then creeps upwards (docs/PERFORMANCE.md, "Memory").
/// A fixed threshold sends every large buffer to mmap, returned to the system on free; two arenas bound the rest.
/// </summary>
public static class MallocTuning
{
    private const int MallocMmapThreshold = -3; // M_MMAP_THRESHOLD in glibc's malloc.h
    private const int MallocArenaMax = -8; // M_ARENA_MAX

    private static readonly Lazy<bool> Applied = new(Apply);

    /// <summary>
    /// Applies the limits once, on Linux with glibc; elsewhere (or where libc lacks mallopt) does nothing.
    /// True when glibc accepted both settings.
    /// </summary>
    public static bool LimitRetention() => Applied.Value;

    private static bool Apply()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            // mallopt answers 1 on success, 0 on error.
            return MallOpt(MallocMmapThreshold, 128 * 1024) == 1 & MallOpt(MallocArenaMax, 2) == 1;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (e.g. musl without mallopt): its allocator has its own policy.
            return false;
        }
    }

    // Plain ints both ways: nothing to marshal, so DllImport needs no unsafe code (LibraryImport would).
    [DllImport("libc", EntryPoint = "mallopt")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallOpt(int parameter, int value);
}
