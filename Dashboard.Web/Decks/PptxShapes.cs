using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using P = DocumentFormat.OpenXml.Presentation;

namespace Dashboard.Web.Decks;

/// <summary>The shapes of a slide's shape tree: placeholders (which inherit position and style), text boxes, pictures and chart frames.</summary>
internal static class PptxShapes
{
    /// <summary>An empty shape tree (the group that every slide's shapes sit in).</summary>
    public static P.ShapeTree Tree(params OpenXmlElement[] shapes)
    {
        var tree = new P.ShapeTree(
            new P.NonVisualGroupShapeProperties(
                new P.NonVisualDrawingProperties { Id = 1U, Name = "" },
                new P.NonVisualGroupShapeDrawingProperties(),
                new P.ApplicationNonVisualDrawingProperties()),
            new P.GroupShapeProperties(new A.TransformGroup(
                new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 },
                new A.ChildOffset { X = 0, Y = 0 }, new A.ChildExtents { Cx = 0, Cy = 0 })));
        tree.Append(shapes);
        return tree;
    }

    /// <summary>A placeholder filled with paragraphs; position and style come from the layout.</summary>
    public static P.Shape Placeholder(uint id, string name, P.PlaceholderValues? type, uint? index, IEnumerable<A.Paragraph> paragraphs)
    {
        var placeholder = new P.PlaceholderShape();
        if (type is { } t)
        {
            placeholder.Type = t;
        }

        if (index is { } i)
        {
            placeholder.Index = i;
        }

        var body = new P.TextBody(new A.BodyProperties(), new A.ListStyle());
        body.Append(paragraphs);
        if (!body.Elements<A.Paragraph>().Any())
        {
            body.Append(PptxText.Paragraph(""));
        }

        return new P.Shape(
            new P.NonVisualShapeProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = name },
                new P.NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true }),
                new P.ApplicationNonVisualDrawingProperties(placeholder)),
            new P.ShapeProperties(),
            body);
    }

    /// <summary>A plain text box (not a placeholder) at a fixed position.</summary>
    public static P.Shape TextBox(uint id, string name, (long X, long Y, long Width, long Height) box, A.Paragraph paragraph)
    {
        return new P.Shape(
            new P.NonVisualShapeProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = name },
                new P.NonVisualShapeDrawingProperties { TextBox = true },
                new P.ApplicationNonVisualDrawingProperties()),
            new P.ShapeProperties(
                Transform(box),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle },
                new A.NoFill()),
            new P.TextBody(
                new A.BodyProperties { Wrap = A.TextWrappingValues.Square, RightToLeftColumns = false, Anchor = A.TextAnchoringTypeValues.Top },
                new A.ListStyle(),
                paragraph));
    }

    /// <summary>A picture whose alt text is <paramref name="description"/>.</summary>
    public static P.Picture Picture(uint id, string name, string description, string imageRelationshipId, (long X, long Y, long Width, long Height) box)
    {
        return new P.Picture(
            new P.NonVisualPictureProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = name, Description = PptxText.Clean(description) },
                new P.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true }),
                new P.ApplicationNonVisualDrawingProperties()),
            new P.BlipFill(new A.Blip { Embed = imageRelationshipId }, new A.Stretch(new A.FillRectangle())),
            new P.ShapeProperties(
                Transform(box),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
    }

    /// <summary>A frame showing a chart part; <paramref name="description"/> is its alt text.</summary>
    public static P.GraphicFrame ChartFrame(uint id, string name, string description, string chartRelationshipId, (long X, long Y, long Width, long Height) box)
    {
        return new P.GraphicFrame(
            new P.NonVisualGraphicFrameProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = name, Description = PptxText.Clean(description) },
                new P.NonVisualGraphicFrameDrawingProperties(),
                new P.ApplicationNonVisualDrawingProperties()),
            new P.Transform(new A.Offset { X = box.X, Y = box.Y }, new A.Extents { Cx = box.Width, Cy = box.Height }),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = chartRelationshipId })
            {
                Uri = PptxChartSpace.ChartNamespace,
            }));
    }

    private static A.Transform2D Transform((long X, long Y, long Width, long Height) box) =>
        new(new A.Offset { X = box.X, Y = box.Y }, new A.Extents { Cx = box.Width, Cy = box.Height });
}
