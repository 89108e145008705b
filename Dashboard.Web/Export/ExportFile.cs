namespace Dashboard.Web.Export;

/// <summary>One exported file: its descriptive name and its bytes.</summary>
public sealed record ExportFile(string Name, byte[] Bytes);
