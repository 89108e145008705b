using Dashboard.Data.Import;
using Dashboard.Data.Import.Store;

namespace Dashboard.Data;

/// <summary>The outcome of <see cref="Database.EnsureBuilt"/>: whether the store was rebuilt, under which key, and what was imported.</summary>
public sealed record StoreBuild(bool Rebuilt, string BuildKey, ImportSummary? Summary)
{
    /// <summary>Uploaded datasets carried over from the previous store by a rebuild, and whether each still applied.</summary>
    public IReadOnlyList<UploadReplayResult> Replayed { get; init; } = [];
}
