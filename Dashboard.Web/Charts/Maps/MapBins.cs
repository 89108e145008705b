namespace Dashboard.Web.Charts.Maps;

/// <summary>
/// The classes of a choropleth in ascending order (<see cref="MapClass"/>), built by <see cref="MapBinning"/>. A value
/// belongs to the first class that holds it, so a zero class comes before a class starting at 0.
/// </summary>
public sealed record MapBins
{
    /// <summary>No classes: nothing to map (every country has no data).</summary>
    public static MapBins None { get; } = new() { Classes = [], Method = MapBinMethod.None };

    public required IReadOnlyList<MapClass> Classes { get; init; }

    public required MapBinMethod Method { get; init; }

    /// <summary>True when zero is a class of its own (values start at 0, none negative).</summary>
    public bool HasZeroClass => Classes.Count > 1 && Classes[0] is { Low: 0, High: 0 };

    /// <summary>The class boundaries: each class's low end, then the last class's high end.</summary>
    public IReadOnlyList<double> Edges => Classes.Count == 0 ? [] : [.. Classes.Select(c => c.Low), Classes[^1].High];

    public int Count => Classes.Count;

    /// <summary>The class holding <paramref name="value"/>, or -1 when it lies outside every class.</summary>
    public int IndexOf(double value)
    {
        for (var i = 0; i < Classes.Count; i++)
        {
            var c = Classes[i];
            if (c.IsSingleValue ? value == c.Low : value >= c.Low && (value < c.High || (i == Classes.Count - 1 && value <= c.High)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The legend text of class <paramref name="index"/>.</summary>
    public string Label(int index) => Classes[index].Label;
}
