namespace Dashboard.Data.Import.Tables;

/// <summary>What a workbook cell held, beyond its text: readers treat percent cells and numbers stored as text apart.</summary>
public enum CellKind : byte
{
    /// <summary>Empty, or a cell of a text file (no kind).</summary>
    None,

    /// <summary>A number as stored (no percent format).</summary>
    Number,

    /// <summary>A number shown with a percent format: the text is the stored number × 100 followed by '%' (0.0102 → "1.02%").</summary>
    Percent,

    /// <summary>A number shown as a date or time: the text is ISO of the format's precision.</summary>
    Date,

    /// <summary>Text (shared, inline or a formula's text result).</summary>
    Text,

    /// <summary>A boolean or an error value (#N/A, #DIV/0!).</summary>
    Other,
}
