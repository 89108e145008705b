using System.Text;

namespace Dashboard.Data.Import.Tables;

/// <summary>The encoding a text file is read with, its display name, why it was chosen, and the byte-order mark to skip.</summary>
public sealed record DetectedEncoding(Encoding Encoding, string Name, string? Reason, int PreambleBytes);
