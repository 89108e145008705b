namespace Dashboard.Tests.Setup;

/// <summary>
/// Tests that count this process's file watchers run with no other test beside them, so another test's own host
/// cannot come or go between the two counts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WatcherCountRunAlone
{
    public const string Name = "watcher count, alone";
}
