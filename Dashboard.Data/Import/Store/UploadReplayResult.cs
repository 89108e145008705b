namespace Dashboard.Data.Import.Store;

/// <summary>Whether one kept upload could be re-applied after the store was rebuilt from data/, and why not.</summary>
public sealed record UploadReplayResult(string DatasetId, string FileName, bool Applied, string? Error);
