using Dashboard.Data.Model;

namespace Dashboard.Web.Charts.Model;

/// <summary>A dated event on a timeline chart: the stored event, its position and its date as precise as the source.</summary>
public sealed record ChartEvent
{
    public required TimelineEvent Event { get; init; }

    /// <summary>Position on the time axis in fractional years.</summary>
    public double X { get; init; }

    /// <summary>"10 Oct 2019", "Jun 2009", "2019".</summary>
    public string DateLabel { get; init; } = "";
    public string ActorName { get; init; } = "";

    public string ActorCode => Event.ActorCode;
    public string Dimension => Event.Dimension;
    public string Title => Event.Title;
}
