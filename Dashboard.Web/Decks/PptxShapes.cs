using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using P = DocumentFormat.OpenXml.Presentation;

namespace Dashboard.Web.Decks;

/// <summary>
/// The shapes of a slide's shape tree: placeholders filled with text (position and style from the layout), text boxes,
/// and pictures, chart frames and table frames that sit in the layout's content placeholder.
/// </summary>
internal static class PptxShapes
{
    /// <summary>A shape tree (the group that every slide's shapes sit in).</summary>
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

    /// <summary>A placeholder filled with paragraphs; position and style come from the layout unless <paramref name="box"/> is given.</summary>
    public static P.Shape Placeholder(uint id, string name, P.PlaceholderShape placeholder, IEnumerable<A.Paragraph> paragraphs, PptxBox? box = null)
    {
        var body = new P.TextBody(new A.BodyProperties(), new A.ListStyle());
        body.Append(paragraphs);
        if (!body.Elements<A.Paragraph>().Any())
        {
            body.Append(PptxText.Paragraph(""));
        }

        var properties = new P.ShapeProperties();
        if (box is { } b)
        {
            properties.Append(Transform(b), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle });
        }

        return new P.Shape(
            new P.NonVisualShapeProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = name },
                new P.NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true }),
                new P.ApplicationNonVisualDrawingProperties(placeholder)),
            properties,
            body);
    }

    /// <summary>A plain text box (not a placeholder) at a fixed position; text that does not fit shrinks (normAutofit).</summary>
    public static P.Shape TextBox(uint id, string name, PptxBox box, IEnumerable<A.Paragraph> paragraphs)
    {
        var body = new P.TextBody(
            new A.BodyProperties(new A.NormalAutoFit()) { Wrap = A.TextWrappingValues.Square, RightToLeftColumns = false, Anchor = A.TextAnchoringTypeValues.Top },
            new A.ListStyle());
        body.Append(paragraphs);
        return new P.Shape(
            new P.NonVisualShapeProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = name },
                new P.NonVisualShapeDrawingProperties { TextBox = true },
                new P.ApplicationNonVisualDrawingProperties()),
            new P.ShapeProperties(
                Transform(box),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle },
                new A.NoFill()),
            body);
    }

    /// <summary>A picture in the content placeholder; its alt text is <paramref name="description"/>.</summary>
    public static P.Picture Picture(uint id, string name, string description, string imageRelationshipId, P.PlaceholderShape placeholder, PptxBox box)
    {
        return new P.Picture(
            new P.NonVisualPictureProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = name, Description = PptxText.Clean(description) },
                new P.NonVisualPictureDrawingProperties(new A.PictureLocks { NoGrouping = true, NoChangeAspect = true }),
                new P.ApplicationNonVisualDrawingProperties(placeholder)),
            new P.BlipFill(new A.Blip { Embed = imageRelationshipId }, new A.Stretch(new A.FillRectangle())),
            new P.ShapeProperties(
                Transform(box),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
    }

    /// <summary>A frame in the content placeholder showing a chart part; <paramref name="description"/> is its alt text.</summary>
    public static P.GraphicFrame ChartFrame(uint id, string name, string description, string chartRelationshipId, P.PlaceholderShape placeholder, PptxBox box) =>
        Frame(id, name, description, placeholder, box, new A.GraphicData(new C.ChartReference { Id = chartRelationshipId }) { Uri = PptxChartSpace.ChartNamespace });

    /// <summary>A frame in the content placeholder holding a table.</summary>
    public static P.GraphicFrame TableFrame(uint id, string name, string description, P.PlaceholderShape placeholder, PptxBox box, A.Table table) =>
        Frame(id, name, description, placeholder, box, new A.GraphicData(table) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/table" });

    public static A.Transform2D Transform(PptxBox box) =>
        new(new A.Offset { X = box.X, Y = box.Y }, new A.Extents { Cx = box.Width, Cy = box.Height });

    private static P.GraphicFrame Frame(uint id, string name, string description, P.PlaceholderShape placeholder, PptxBox box, A.GraphicData data) =>
        new(
            new P.NonVisualGraphicFrameProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = name, Description = PptxText.Clean(description) },
                new P.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoGrouping = true }),
                new P.ApplicationNonVisualDrawingProperties(placeholder)),
            new P.Transform(new A.Offset { X = box.X, Y = box.Y }, new A.Extents { Cx = box.Width, Cy = box.Height }),
            new A.Graphic(data));
}
