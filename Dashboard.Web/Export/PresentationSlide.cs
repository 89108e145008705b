namespace Dashboard.Web.Export;

/// <summary>
/// A slide ready to show: its image, and for predict-then-reveal the image that stops one period earlier.
/// <see cref="PredictImageUrl"/> is null when the slide reveals nothing; <see cref="PredictUpTo"/> is the last period the
/// predict image shows, <see cref="Revealed"/> what the next key press adds ("2015–2019", "Dec 2009 to Jun 2026").
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
