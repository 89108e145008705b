namespace Dashboard.Web.Charts.Maps;

/// <summary>How <see cref="MapBinning"/> chose a map's classes.</summary>
public enum MapBinMethod
{
    /// <summary>No values: no classes.</summary>
    None,

    /// <summary>All values equal: one class holding that value.</summary>
    SingleValue,

    /// <summary>Classes of one width, a round step (1, 2, 2.5 or 5 × 10ⁿ); whole-number data get whole-number classes.</summary>
    EqualInterval,

    /// <summary>About as many values in each class, the breaks moved to the roundest number between neighbours (on request: <c>map_classes = quantile</c>).</summary>
    Quantile,
}
