using P = DocumentFormat.OpenXml.Presentation;

namespace Dashboard.Web.Decks;

/// <summary>
/// A placeholder of the layout a slide uses: its kind and index as the layout writes them (a slide's placeholder
/// matches the layout's by these), where it sits (its own box, else its master's), and whether the layout itself has
/// it (<see cref="OnLayout"/>; footers may live on the master only, and a slide then gives their box explicitly).
/// </summary>
internal sealed record PptxPlaceholder(P.PlaceholderValues? Type, uint? Index, P.PlaceholderSizeValues? Size, PptxBox Box, bool OnLayout)
{
    /// <summary>The <c>p:ph</c> a slide writes to fill this placeholder.</summary>
    public P.PlaceholderShape Shape()
    {
        var ph = new P.PlaceholderShape();
        if (Type is { } type)
        {
            ph.Type = type;
        }

        if (Size is { } size)
        {
            ph.Size = size;
        }

        if (Index is { } index)
        {
            ph.Index = index;
        }

        return ph;
    }

    /// <summary>Content placeholders (no type or <c>obj</c>) take pictures, charts and tables; <c>body</c> is text.</summary>
    public bool IsContent => Type is null || Type == P.PlaceholderValues.Object;

    public bool IsTitle => Type == P.PlaceholderValues.Title || Type == P.PlaceholderValues.CenteredTitle;
}
