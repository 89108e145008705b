namespace Dashboard.Web.Decks;

/// <summary>A rectangle on a slide in EMU (914,400 per inch): where a shape sits.</summary>
public readonly record struct PptxBox(long X, long Y, long Width, long Height)
{
    public long Right => X + Width;
    public long Bottom => Y + Height;

    /// <summary>Whether the two boxes share any area (touching edges do not count).</summary>
    public bool Overlaps(PptxBox other) => X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;

    public override string ToString() => FormattableString.Invariant($"({X}, {Y}, {Width} × {Height})");
}
