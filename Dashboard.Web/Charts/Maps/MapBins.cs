using System.Globalization;
using Dashboard.Web.Charts.Drawing;
using Dashboard.Web.Charts.Styling;

namespace Dashboard.Web.Charts.Maps;

/// <summary>
/// The classes of a choropleth: ascending edges, class i holding values from edge i (inclusive) to edge i+1
/// (exclusive; the last class includes its upper edge). A single class with two equal edges holds one value.
/// Built by <see cref="MapBinning"/>.
/// </summary>
public sealed record MapBins
{
    /// <summary>No classes: nothing to map (every country has no data).</summary>
    public static MapBins None { get; } = new() { Edges = [], Method = MapBinMethod.None, Decimals = 0 };

    public required IReadOnlyList<double> Edges { get; init; }

    public required MapBinMethod Method { get; init; }

    /// <summary>Decimals every edge label is written with (the same for all, so the legend lines up).</summary>
    public required int Decimals { get; init; }

    public int Count => Math.Max(0, Edges.Count - 1);

    /// <summary>The class holding <paramref name="value"/>, or -1 when it lies outside every class.</summary>
    public int IndexOf(double value)
    {
        for (var i = 0; i < Count; i++)
        {
            if (value >= Edges[i] && (value < Edges[i + 1] || (i == Count - 1 && value <= Edges[i + 1])))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The legend text of class i: "10–20", "-10 to 0" when negative, or "3" for a single value.</summary>
    public string Label(int index)
    {
        var (lo, hi) = (Edges[index], Edges[index + 1]);
        if (lo == hi)
        {
            return Format(lo);
        }

        return lo < 0 || hi < 0 ? $"{Format(lo)} to {Format(hi)}" : $"{Format(lo)}–{Format(hi)}";
    }

    private string Format(double v) =>
        Edges.Max(Math.Abs) >= 1e4 ? ValueFormat.Tick(v) : (v == 0 ? 0 : v).ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
