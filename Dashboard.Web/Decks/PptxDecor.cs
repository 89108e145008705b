using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace Dashboard.Web.Decks;

/// <summary>
/// What every slide after the title slide carries besides its content: the date, footer and slide number placeholders
/// of its layout (or master), and the look's background; and the saving of a slide's shape tree.
/// </summary>
internal static class PptxDecor
{
    /// <summary>The id PowerPoint gives its slide-number fields (any GUID will do; the same on every slide is usual).</summary>
    private const string SlideNumberField = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}";

    /// <summary>Date, footer and slide number shapes, ids from <paramref name="firstId"/>.</summary>
    public static IEnumerable<OpenXmlElement> Footers(PptxDeckParts deck, int slideNumber, uint firstId)
    {
        var id = firstId;
        var look = deck.Doc.Look;
        foreach (var footer in deck.Layouts.Footers)
        {
            A.Paragraph paragraph;
            string name;
            if (footer.Type == P.PlaceholderValues.SlideNumber)
            {
                name = "Slide Number";
                var number = new A.Field(FooterRun(look), new A.Text(slideNumber.ToString(CultureInfo.InvariantCulture)))
                {
                    Id = SlideNumberField,
                    Type = "slidenum",
                };
                paragraph = new A.Paragraph(number, new A.EndParagraphRunProperties { Language = PptxText.Language, Dirty = false });
            }
            else
            {
                var date = footer.Type == P.PlaceholderValues.DateAndTime;
                name = date ? "Date" : "Footer";
                var text = date ? deck.Doc.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "" : deck.Doc.Footer;
                paragraph = new A.Paragraph(new A.Run(FooterRun(look), new A.Text(PptxText.Clean(text))), new A.EndParagraphRunProperties { Language = PptxText.Language, Dirty = false });
            }

            // A footer the layout lacks (it is on the master only) is placed explicitly, where the master has it.
            yield return PptxShapes.Placeholder(id++, name + " Placeholder", footer.Shape(), [paragraph], footer.OnLayout ? null : footer.Box);
        }
    }

    /// <summary>
    /// Footer text at 10 pt in the theme's body font: what the master asks for, said again on the run because LibreOffice
    /// does not inherit a footer's text style from the master.
    /// </summary>
    private static A.RunProperties FooterRun(PptxLook look)
    {
        var run = new A.RunProperties { Language = PptxText.Language, FontSize = look.Size(1000), Dirty = false };
        if (look.TextHex is { } hex)
        {
            run.Append(new A.SolidFill(new A.RgbColorModelHex { Val = hex }));
        }

        run.Append(new A.LatinFont { Typeface = "+mn-lt" });
        return run;
    }

    /// <summary>Writes the slide: the look's background (if any), then the shapes.</summary>
    public static void Save(SlidePart slide, PptxLook look, IEnumerable<OpenXmlElement> shapes)
    {
        var data = new P.CommonSlideData();
        if (look.BackgroundHex is { } background)
        {
            data.Append(new P.Background(new P.BackgroundProperties(
                new A.SolidFill(new A.RgbColorModelHex { Val = background }),
                new A.EffectList())));
        }

        data.Append(PptxShapes.Tree([.. shapes]));
        slide.Slide = new P.Slide(data, new P.ColorMapOverride(new A.MasterColorMapping())).WithNamespaces("p", PptxText.PresentationNamespace);
    }
}
