namespace Dashboard.Web.Cli;

/// <summary>Exit codes of the dataset verbs, for scripts (documented in the README).</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The file has validation errors; nothing was changed.</summary>
    public const int ValidationErrors = 1;

    /// <summary>Wrong arguments.</summary>
    public const int Usage = 2;

    /// <summary>No such file or dataset.</summary>
    public const int NotFound = 3;

    /// <summary>Refused (e.g. importing onto or removing a shipped dataset) or the store could not be opened or built.</summary>
    public const int Failed = 4;

    /// <summary>Another writer held the store's write lock for longer than <c>--wait</c>; nothing was changed.</summary>
    public const int Busy = 5;

    /// <summary>A feed's refresh failed (the fetch or the file); nothing changed for it, and the attempt is recorded.</summary>
    public const int RefreshFailed = 6;
}
