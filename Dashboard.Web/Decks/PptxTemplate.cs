using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Dashboard.Web.Decks;

/// <summary>
/// A briefer's template (.potx, or a .pptx whose slides are dropped), checked once by <see cref="Open"/>: a real
/// PowerPoint package without macros or links to outside files, with a slide master whose layouts a deck can use
/// (<see cref="PptxLayouts"/>). A deck built with it uses its masters, layouts, theme colours, fonts and slide size.
/// </summary>
public sealed class PptxTemplate
{
    /// <summary>Most parts a template may hold, and most bytes they may unpack to: a template is small; a ZIP bomb is not.</summary>
    public const int MaxEntries = 2000;
    public const long MaxUnpackedBytes = 200L * 1024 * 1024;

    private PptxTemplate(byte[] bytes, PptxSlideArea area, string summary)
    {
        Bytes = bytes;
        Area = area;
        Summary = summary;
    }

    /// <summary>The package as uploaded.</summary>
    public byte[] Bytes { get; }

    /// <summary>Where chart slides put their parts on this template's "Title and Content" layout.</summary>
    public PptxSlideArea Area { get; }

    /// <summary>"1 master, 12 layouts; 33.87 × 19.05 cm; charts on 'Title, Content'", for the admin page.</summary>
    public string Summary { get; }

    /// <summary>
    /// The template in <paramref name="bytes"/>, or null with a problem a person can act on ("… is not a PowerPoint
    /// template: …; save it from PowerPoint or LibreOffice Impress as .potx").
    /// </summary>
    public static (PptxTemplate? Template, string Problem) Open(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (Unpacked(bytes) is { } notAPackage)
        {
            return (null, notAPackage);
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = PresentationDocument.Open(stream, false);
            if (document.DocumentType is not (PresentationDocumentType.Presentation or PresentationDocumentType.Template))
            {
                return (null, "it is macro-enabled (.potm/.pptm/.ppsm); save it as a PowerPoint template (.potx) without macros");
            }

            if (document.PresentationPart is not { } presentation)
            {
                return (null, "it has no presentation in it");
            }

            if (presentation.VbaProjectPart is not null)
            {
                return (null, "it carries macros (a VBA project); save it as a PowerPoint template (.potx) without macros");
            }

            if (ExternalLink(document) is { } link)
            {
                return (null, $"it links to an outside file ({link}), which PowerPoint would fetch when the deck is opened; embed it or remove it");
            }

            var layouts = PptxLayouts.Choose(presentation, out var problem);
            if (layouts is null)
            {
                return (null, problem);
            }

            var masters = presentation.SlideMasterParts.Count();
            var layoutCount = presentation.SlideMasterParts.Sum(m => m.SlideLayoutParts.Count());
            var name = layouts.Content.SlideLayout?.CommonSlideData?.Name?.Value ?? "unnamed";
            var summary = FormattableString.Invariant(
                $"{masters} master{(masters == 1 ? "" : "s")}, {layoutCount} layouts; {layouts.Area.SlideWidth / 360000.0:0.##} × {layouts.Area.SlideHeight / 360000.0:0.##} cm; charts on '{PptxText.Clean(name)}'");
            return (new PptxTemplate(bytes, layouts.Area, summary), "");
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or InvalidOperationException or ArgumentException or System.Xml.XmlException)
        {
            return (null, "it is not a PowerPoint package that can be read (" + PptxText.Clean(ex.Message) + ")");
        }
    }

    /// <summary>Why the bytes are not a package of reasonable size, or null.</summary>
    private static string? Unpacked(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                return $"it has {zip.Entries.Count} parts; a template has at most {MaxEntries}";
            }

            var unpacked = zip.Entries.Sum(e => e.Length);
            if (unpacked > MaxUnpackedBytes)
            {
                return FormattableString.Invariant($"it unpacks to {unpacked / 1048576.0:0} MB; a template unpacks to at most {MaxUnpackedBytes / 1048576} MB");
            }

            return zip.GetEntry("[Content_Types].xml") is null ? "it is a ZIP file but not an Office package (no [Content_Types].xml)" : null;
        }
        catch (InvalidDataException)
        {
            return "it is not a PowerPoint file (.potx or .pptx are ZIP packages; this is not one)";
        }
    }

    /// <summary>The first relationship to something outside the package other than a hyperlink, or null.</summary>
    private static string? ExternalLink(PresentationDocument document)
    {
        var seen = new HashSet<OpenXmlPart>();
        var pending = new Stack<OpenXmlPart>(document.Parts.Select(p => p.OpenXmlPart));
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (!seen.Add(part))
            {
                continue;
            }

            if (part.ExternalRelationships.FirstOrDefault() is { } external)
            {
                return PptxText.Clean(external.Uri.ToString());
            }

            foreach (var child in part.Parts)
            {
                pending.Push(child.OpenXmlPart);
            }
        }

        return null;
    }
}
