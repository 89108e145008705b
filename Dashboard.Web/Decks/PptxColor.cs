namespace Dashboard.Web.Decks;

/// <summary>Colours as Open XML wants them: six hex digits, no '#'.</summary>
internal static class PptxColor
{
    public static bool IsValid(string? color) =>
        color is not null && Digits(color) is { Length: 6 } hex && hex.All(Uri.IsHexDigit);

    /// <summary>"#c0392b" or "C0392B" → "C0392B"; anything else throws.</summary>
    public static string Hex(string color) => IsValid(color)
        ? Digits(color).ToUpperInvariant()
        : throw new ArgumentException($"Colour '{color}' is not #RRGGBB.", nameof(color));

    private static string Digits(string color) => color.StartsWith('#') ? color[1..] : color;
}
