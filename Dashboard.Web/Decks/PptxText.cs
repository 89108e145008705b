using System.Text;
using Dashboard.Web.Text;
using A = DocumentFormat.OpenXml.Drawing;

namespace Dashboard.Web.Decks;

/// <summary>Text runs and paragraphs for slides, notes and charts; caller text is made safe for XML first.</summary>
internal static class PptxText
{
    public const string Language = "en-GB";

    public const string DrawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string PresentationNamespace = "http://schemas.openxmlformats.org/presentationml/2006/main";

    /// <summary>Declares the usual prefixes once on a part's root, instead of on every element that uses them.</summary>
    public static T WithNamespaces<T>(this T root, string? extraPrefix = null, string? extraNamespace = null)
        where T : DocumentFormat.OpenXml.OpenXmlElement
    {
        root.AddNamespaceDeclaration("a", DrawingNamespace);
        root.AddNamespaceDeclaration("r", RelationshipsNamespace);
        if (extraPrefix is not null && extraNamespace is not null)
        {
            root.AddNamespaceDeclaration(extraPrefix, extraNamespace);
        }

        return root;
    }

    /// <summary>
    /// One line of text: unsafe characters (<see cref="UnsafeText"/>: those XML 1.0 cannot hold, bidi overrides) are
    /// dropped, line breaks and tabs become spaces, runs of spaces collapse (a paragraph is one line; the caller gives
    /// separate paragraphs as separate strings). With
    /// <paramref name="trim"/> false a leading or trailing space stays (a run between runs).
    /// </summary>
    public static string Clean(string? text, bool trim = true)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length);
        var lastSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                lastSpace = false;
                continue;
            }

            var space = c is '\r' or '\n' or '\t' || char.IsWhiteSpace(c);
            if (space)
            {
                if (!lastSpace && (sb.Length > 0 || !trim))
                {
                    sb.Append(' ');
                }

                lastSpace = true;
                continue;
            }

            if (UnsafeText.IsUnsafe(c) || char.IsSurrogate(c))
            {
                continue;
            }

            sb.Append(c);
            lastSpace = false;
        }

        return trim ? sb.ToString().TrimEnd() : sb.ToString();
    }

    /// <summary>A run; <paramref name="size"/> in hundredths of a point, <paramref name="colorHex"/> as RRGGBB.</summary>
    public static A.Run Run(string text, int? size = null, string? colorHex = null, bool bold = false)
    {
        var props = new A.RunProperties { Language = Language, Dirty = false };
        if (size is { } s)
        {
            props.FontSize = s;
        }

        if (bold)
        {
            props.Bold = true;
        }

        if (colorHex is not null)
        {
            props.Append(new A.SolidFill(new A.RgbColorModelHex { Val = colorHex }));
        }

        return new A.Run(props, new A.Text(Clean(text, trim: false)));
    }

    /// <summary>A paragraph holding one run (none for empty text, which PowerPoint keeps as an empty line).</summary>
    public static A.Paragraph Paragraph(string text, int? size = null, string? colorHex = null)
    {
        var paragraph = new A.Paragraph();
        var clean = Clean(text);
        if (clean.Length > 0)
        {
            paragraph.Append(Run(clean, size, colorHex));
        }

        paragraph.Append(new A.EndParagraphRunProperties { Language = Language, Dirty = false });
        return paragraph;
    }
}
