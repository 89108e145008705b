namespace Dashboard.Web.Decks;

/// <summary>What a chart slide shows in its content placeholder: a <see cref="PptxPicture"/>, a <see cref="PptxChart"/> or a <see cref="PptxTable"/>.</summary>
public abstract record PptxVisual;
