namespace Dashboard.Tests.Support;

/// <summary>One text chunk of a PNG: its type (tEXt, zTXt, iTXt), keyword and decoded text.</summary>
public sealed record PngTextChunk(string Type, string Keyword, string Text);
