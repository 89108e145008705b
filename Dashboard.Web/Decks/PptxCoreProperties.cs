using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace Dashboard.Web.Decks;

/// <summary>
/// docProps/core.xml (title, author, date) where Office puts it; System.IO.Packaging's own property store would land
/// elsewhere in the package, where some readers do not look.
/// </summary>
internal static class PptxCoreProperties
{
    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void AddTo(PresentationDocument document, PptxDocument doc)
    {
        var root = new XElement(Cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", Cp),
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", DcTerms),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XElement(Dc + "title", PptxText.Clean(doc.Title)),
            new XElement(Dc + "creator", PptxText.Clean(doc.Creator)));
        if (doc.Date is { } date)
        {
            var text = date.ToDateTime(TimeOnly.MinValue).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            root.Add(new XElement(DcTerms + "created", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), text));
        }

        var part = document.AddCoreFilePropertiesPart();
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), root).Save(stream);
    }
}
