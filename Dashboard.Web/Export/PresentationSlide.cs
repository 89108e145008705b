namespace Dashboard.Web.Export;

/// <summary>
/// A slide ready to show: its image, and for predict-then-reveal the image that stops one period earlier.
/// <see cref="PredictImageUrl"/> is null when the slide reveals nothing.
/// </summary>
public sealed record PresentationSlide(
    int Number,
    string Heading,
    string Title,
    string ImageUrl,
    string? PredictImageUrl,
    string? PredictUpTo,
    string? Revealed,
    string SourceLine,
    string DetailsUrl)
{
    public bool HasReveal => PredictImageUrl is not null;
}
