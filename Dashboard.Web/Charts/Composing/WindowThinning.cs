using Dashboard.Data.Model;

namespace Dashboard.Web.Charts.Composing;

/// <summary>Fewer windows when too many bars would be drawn: non-overlapping ones, counted back from the latest.</summary>
public static class WindowThinning
{
    /// <summary>
    /// At most <paramref name="max"/> windows: all when they fit, otherwise non-overlapping ones counted back from the
    /// latest (2019–2023, 2014–2018, …), the latest <paramref name="max"/> of those.
    /// </summary>
    public static IReadOnlyList<Period> Thin(IReadOnlyList<Period> windows, int max)
    {
        if (windows.Count <= max)
        {
            return windows;
        }

        var picked = new List<Period>();
        foreach (var w in windows.OrderByDescending(w => w.End).ThenByDescending(w => w.Start))
        {
            if (picked.Count == 0 || w.End < picked[^1].Start)
            {
                picked.Add(w);
            }
        }

        return picked.Take(Math.Max(1, max)).Reverse().ToList();
    }
}
