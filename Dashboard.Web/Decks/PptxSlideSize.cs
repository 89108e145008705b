namespace Dashboard.Web.Decks;

/// <summary>PowerPoint's two standard slide sizes: 13.333 × 7.5 in (16:9) and 10 × 7.5 in (4:3).</summary>
public enum PptxSlideSize
{
    Widescreen16x9,
    Standard4x3,
}
