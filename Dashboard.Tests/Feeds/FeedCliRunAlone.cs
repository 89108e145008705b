namespace Dashboard.Tests.Feeds;

/// <summary>
/// The command-line feed tests set Feeds__* environment variables (the verbs read settings as the app does: appsettings
/// and the environment), so they run on their own, after the parallel tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FeedCliRunAlone
{
    public const string Name = "Feed CLI";
}
