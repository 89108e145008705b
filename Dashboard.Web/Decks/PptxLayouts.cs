using DocumentFormat.OpenXml.Packaging;
using P = DocumentFormat.OpenXml.Presentation;

namespace Dashboard.Web.Decks;

/// <summary>
/// The layouts a deck uses, chosen from the first slide master of a presentation (the built-in masters, or the
/// briefer's template): for chart and Sources slides a layout with a title and one content placeholder ("Title and
/// Content"; by its type, else by its placeholders), for the title slide a "Title Slide" layout (by type, else by a
/// title and subtitle, else the content layout). Placeholder boxes come from the layout, else from its master.
/// </summary>
internal sealed class PptxLayouts
{
    private PptxLayouts(SlideLayoutPart cover, SlideLayoutPart content, PptxPlaceholder title, PptxPlaceholder body,
        IReadOnlyList<PptxPlaceholder> footers, PptxSlideArea area)
    {
        Cover = cover;
        Content = content;
        Title = title;
        Body = body;
        Footers = footers;
        Area = area;
    }

    public SlideLayoutPart Cover { get; }
    public SlideLayoutPart Content { get; }

    /// <summary>The content layout's title and content placeholders.</summary>
    public PptxPlaceholder Title { get; }
    public PptxPlaceholder Body { get; }

    /// <summary>Date, footer and slide number of the content layout (or its master), those that exist.</summary>
    public IReadOnlyList<PptxPlaceholder> Footers { get; }
    public PptxSlideArea Area { get; }

    /// <summary>The layouts of <paramref name="presentation"/>, or null with <paramref name="problem"/> saying what is missing.</summary>
    public static PptxLayouts? Choose(PresentationPart presentation, out string problem)
    {
        var size = presentation.Presentation?.SlideSize;
        var masterId = presentation.Presentation?.SlideMasterIdList?.Elements<P.SlideMasterId>().FirstOrDefault()?.RelationshipId?.Value;
        if (size?.Cx is null || size.Cy is null || masterId is null || presentation.GetPartById(masterId) is not SlideMasterPart master)
        {
            problem = "it has no slide master (or no slide size)";
            return null;
        }

        var (width, height) = ((long)size.Cx.Value, (long)size.Cy.Value);
        var layouts = master.SlideLayoutParts.Select(l => (Part: l, Placeholders: Placeholders(l, master, width, height))).ToList();
        var content = layouts
            .Where(l => l.Placeholders.Any(p => p.IsTitle) && l.Placeholders.Any(p => p.IsContent))
            .OrderByDescending(l => l.Part.SlideLayout?.Type?.Value == P.SlideLayoutValues.Object ? 2 : l.Placeholders.Count(p => p.IsContent) == 1 ? 1 : 0)
            .ThenByDescending(l => l.Placeholders.Where(p => p.IsContent).Max(p => p.Box.Width * p.Box.Height))
            .FirstOrDefault();
        if (content.Part is null)
        {
            problem = $"none of its {layouts.Count} layouts has a title and a content placeholder (such as PowerPoint's 'Title and Content'); add one to the first slide master";
            return null;
        }

        var cover = layouts.FirstOrDefault(l => l.Part.SlideLayout?.Type?.Value == P.SlideLayoutValues.Title).Part
            ?? layouts.FirstOrDefault(l => l.Placeholders.Any(p => p.IsTitle) && l.Placeholders.Any(p => p.Type == P.PlaceholderValues.SubTitle)).Part
            ?? content.Part;
        var title = content.Placeholders.First(p => p.IsTitle);
        var body = content.Placeholders.Where(p => p.IsContent).MaxBy(p => p.Box.Width * p.Box.Height)!;
        var footers = new List<PptxPlaceholder>();
        foreach (var type in new[] { P.PlaceholderValues.DateAndTime, P.PlaceholderValues.Footer, P.PlaceholderValues.SlideNumber })
        {
            var found = content.Placeholders.FirstOrDefault(p => p.Type == type)
                ?? MasterPlaceholders(master, width, height).FirstOrDefault(p => p.Type == type);
            if (found is not null && found.Box.Width > 0 && found.Box.Height > 0)
            {
                footers.Add(found);
            }
        }

        if (Trim(body.Box, title.Box, footers.Select(f => f.Box), width, height) is not { } room)
        {
            problem = "the content placeholder of its 'Title and Content' layout has almost no room between the title and the footers";
            return null;
        }

        problem = "";
        return new PptxLayouts(cover, content.Part, title, body, footers, new PptxSlideArea(width, height, title.Box, room, footers.Select(f => f.Box).ToList()));
    }

    /// <summary>The content box inside the slide, below the title and above any footer it would run into.</summary>
    private static PptxBox? Trim(PptxBox body, PptxBox title, IEnumerable<PptxBox> footers, long width, long height)
    {
        var (left, top, right, bottom) = (Math.Max(0, body.X), Math.Max(0, body.Y), Math.Min(width, body.Right), Math.Min(height, body.Bottom));
        if (title.Overlaps(body))
        {
            top = Math.Max(top, title.Bottom + PptxSlideArea.Gap);
        }

        foreach (var footer in footers.Where(f => f.Overlaps(body) && f.Y > body.Y))
        {
            bottom = Math.Min(bottom, footer.Y - PptxSlideArea.Gap);
        }

        return bottom - top < height / 4 || right - left < width / 4 ? null : new PptxBox(left, top, right - left, bottom - top);
    }

    private static List<PptxPlaceholder> Placeholders(SlideLayoutPart layout, SlideMasterPart master, long width, long height)
    {
        var inMaster = MasterPlaceholders(master, width, height);
        return Shapes(layout.SlideLayout?.CommonSlideData?.ShapeTree).Select(s =>
        {
            var own = Box(s.Shape);
            var inherited = inMaster.FirstOrDefault(m => MasterKind(m.Type) == MasterKind(s.Ph.Type?.Value));
            var box = own ?? inherited?.Box ?? new PptxBox(0, 0, width, height);
            return new PptxPlaceholder(s.Ph.Type?.Value, s.Ph.Index?.Value, s.Ph.Size?.Value, box, OnLayout: true);
        }).ToList();
    }

    private static List<PptxPlaceholder> MasterPlaceholders(SlideMasterPart master, long width, long height) =>
        Shapes(master.SlideMaster?.CommonSlideData?.ShapeTree)
            .Select(s => new PptxPlaceholder(s.Ph.Type?.Value, s.Ph.Index?.Value, s.Ph.Size?.Value, Box(s.Shape) ?? new PptxBox(0, 0, 0, 0), OnLayout: false))
            .Where(p => p.Box.Right <= width && p.Box.Bottom <= height)
            .ToList();

    private static IEnumerable<(P.Shape Shape, P.PlaceholderShape Ph)> Shapes(P.ShapeTree? tree) =>
        tree?.Elements<P.Shape>()
            .Select(s => (Shape: s, Ph: s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape))
            .Where(s => s.Ph is not null)
            .Select(s => (s.Shape, s.Ph!)) ?? [];

    /// <summary>Which master placeholder a layout placeholder inherits from: titles from the title, footers by kind, the rest from the body.</summary>
    private static string MasterKind(P.PlaceholderValues? type) =>
        type == P.PlaceholderValues.Title || type == P.PlaceholderValues.CenteredTitle ? "title"
        : type == P.PlaceholderValues.DateAndTime ? "dt"
        : type == P.PlaceholderValues.Footer ? "ftr"
        : type == P.PlaceholderValues.SlideNumber ? "sldNum"
        : type == P.PlaceholderValues.Header ? "hdr"
        : "body";

    private static PptxBox? Box(P.Shape shape) =>
        shape.ShapeProperties?.Transform2D is { Offset: { X: not null, Y: not null } off, Extents: { Cx: not null, Cy: not null } ext }
            ? new PptxBox(off.X.Value, off.Y.Value, ext.Cx.Value, ext.Cy.Value)
            : null;
}
