namespace Dashboard.Web.Decks;

/// <summary>
/// How a deck looks beyond its masters, from the chart theme: a slide background and text colours (<c>RRGGBB</c>; null
/// keeps the master's, as the light theme does) and a text scale for slide texts and native chart text (the projector
/// theme's larger type). <see cref="ThemeColors"/>: native chart series take the template's accent colours instead of
/// the dashboard's palette (<c>palette=template</c>).
/// </summary>
public sealed record PptxLook
{
    public static PptxLook Default { get; } = new();

    public string? BackgroundHex { get; init; }
    public string? TextHex { get; init; }
    public string? MutedHex { get; init; }

    /// <summary>Gridlines and axis lines of native charts (null: light grey, as on the dashboard's light charts).</summary>
    public string? GridHex { get; init; }
    public string? AxisHex { get; init; }
    public double TextScale { get; init; } = 1;
    public bool ThemeColors { get; init; }

    /// <summary>A size in hundredths of a point at this look's scale.</summary>
    public int Size(int hundredths) => (int)Math.Round(hundredths * TextScale / 100) * 100;
}
