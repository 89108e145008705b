namespace Dashboard.Web.Charts.Composing;

/// <summary>What a chart note is about, in the order notes are printed (<see cref="ChartNotes"/>).</summary>
public enum NoteKind
{
    /// <summary>Rows left out because the loader read at most Charts:MaxRows.</summary>
    Cap,

    /// <summary>Series left out of the drawing.</summary>
    SeriesLimit,

    /// <summary>The paper's figures marked on the chart.</summary>
    Marks,

    /// <summary>The source's estimates or projections among the values drawn, and how they are drawn apart.</summary>
    Estimates,

    /// <summary>How the view was chosen: default entities, windows, summed suppliers, rows picked among duplicates, gaps.</summary>
    View,

    /// <summary>The source's own words (a period as stated).</summary>
    SourceWords,

    /// <summary>What a symbol on the chart means.</summary>
    Legend,

    /// <summary>How values were derived.</summary>
    Method,
}
