namespace Dashboard.Web.Charts.Drawing.Map;

/// <summary>Where a map label sits and how it is drawn.</summary>
internal enum MapLabelKind
{
    /// <summary>Name and value inside a subject country, in black or white against its fill.</summary>
    Inside,

    /// <summary>Name and value beside a subject country that is too small, joined to it by a leader line.</summary>
    Leader,

    /// <summary>A context country's name inside its visible part, muted.</summary>
    Context,

    /// <summary>A sea's name along its axis, muted.</summary>
    Water,
}
