namespace Dashboard.Web.Charts.Selection;

/// <summary>A parsed <see cref="ChartSelection"/> and its problems by parameter name (empty when valid).</summary>
public sealed record ChartSelectionResult(ChartSelection Selection, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>The first problem's parameter, for "Invalid parameter '…'" titles.</summary>
    public string? FirstParameter => Errors.Keys.FirstOrDefault();

    /// <summary>Every message, each prefixed with its parameter ("entities: …"), for pages and the command line.</summary>
    public IReadOnlyList<string> Messages => Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")).ToList();
}
