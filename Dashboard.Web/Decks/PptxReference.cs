namespace Dashboard.Web.Decks;

/// <summary>A full reference on the closing "Sources" slide; <see cref="Url"/> becomes a link.</summary>
public sealed record PptxReference(string Citation, string? Url = null);
