namespace Dashboard.Web.Charts.Rendering;

/// <summary>A rendered chart file: bytes, content type and a file name that says what it is.</summary>
public sealed record RenderedChart(byte[] Bytes, string ContentType, string FileName);
