namespace Dashboard.Tests.Fuzz;

/// <summary>
/// Runs the fuzz test on its own, after the parallel tests: its memory bounds read process-wide figures
/// (managed heap, working set) that other tests running at the same time would blur.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FuzzRunAlone
{
    public const string Name = "Fuzz";
}
