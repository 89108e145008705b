using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Dashboard.Tests.Decks;

/// <summary>
/// Deck templates for the tests: one built here with the Open XML SDK (a .potx with layouts named and placed unlike the
/// built-in ones, its own theme colours and fonts, a 10 × 5.625 in slide and a sample slide with a picture that a deck
/// must drop), and one saved by LibreOffice (<c>TestData/decks/libreoffice-brand.potx</c>, see its README).
/// </summary>
public static class TemplateSamples
{
    public const string ContentLayoutName = "Brand Content";
    public const string TitleLayoutName = "Brand Title";

    /// <summary>The template's first accent colour and its fonts, which a deck on it inherits.</summary>
    public const string Accent1 = "00A0B0";
    public const string HeadingFont = "Georgia";

    /// <summary>Where the built template's content placeholder sits: lower and narrower than the built-in one.</summary>
    public static readonly (long X, long Y, long Width, long Height) ContentBox = (640080, 1371600, 7863840, 3017520);

    public static string LibreOfficePath => Path.Combine(AppContext.BaseDirectory, "TestData", "decks", "libreoffice-brand.potx");

    public static byte[] LibreOffice() => File.ReadAllBytes(LibreOfficePath);

    public static byte[] Built()
    {
        using var stream = new MemoryStream();
        using (var document = PresentationDocument.Create(stream, PresentationDocumentType.Template))
        {
            var presentation = document.AddPresentationPart();
            var master = presentation.AddNewPart<SlideMasterPart>("rId1");
            var title = master.AddNewPart<SlideLayoutPart>("rId1");
            var content = master.AddNewPart<SlideLayoutPart>("rId2");
            var section = master.AddNewPart<SlideLayoutPart>("rId3");
            var theme = master.AddNewPart<ThemePart>("rId4");
            Feed(theme, Theme);
            foreach (var layout in new[] { title, content, section })
            {
                layout.AddPart(master, "rId1");
            }

            Feed(title, Layout("title", TitleLayoutName, Sp(2, "Title", "ctrTitle", null, (640080, 1600200, 7863840, 1143000)) + Sp(3, "Subtitle", "subTitle", 1, (640080, 2880360, 7863840, 914400))));
            Feed(content, Layout("obj", ContentLayoutName, Sp(2, "Title", "title", null, null) + Sp(3, "Content", null, 1, ContentBox) + Footers(10)));
            Feed(section, Layout("secHead", "Brand Section", Sp(2, "Title", "title", null, null) + Sp(3, "Text", "body", 1, null)));
            Feed(master, Master);
            presentation.AddPart(theme, "rId2");

            // A sample slide, as templates saved from a .pptx have: a deck on the template must not keep it.
            var slide = presentation.AddNewPart<SlidePart>("rId3");
            slide.AddPart(content, "rId1");
            var image = slide.AddImagePart(ImagePartType.Png, "rId2");
            using (var png = new MemoryStream(DeckSamples.Png(32, 18).Png.ToArray()))
            {
                image.FeedData(png);
            }

            Feed(slide, SampleSlide);
            Feed(presentation, $"""
                <p:presentation {Ns}><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>
                <p:sldIdLst><p:sldId id="256" r:id="rId3"/></p:sldIdLst><p:sldSz cx="9144000" cy="5143500"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>
                """);
        }

        return stream.ToArray();
    }

    private const string Ns = """xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" """;

    private const string Group = """<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>""";

    private static string Sp(int id, string name, string? type, int? idx, (long X, long Y, long W, long H)? box, string text = "")
    {
        var ph = $"<p:ph{(type is null ? "" : $" type=\"{type}\"")}{(idx is null ? "" : $" idx=\"{idx}\"")}/>";
        var xfrm = box is { } b ? $"<a:xfrm><a:off x=\"{b.X}\" y=\"{b.Y}\"/><a:ext cx=\"{b.W}\" cy=\"{b.H}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>" : "";
        var run = text.Length == 0 ? "" : $"<a:r><a:rPr lang=\"en-GB\"/><a:t>{text}</a:t></a:r>";
        return $"""<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="{name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>{ph}</p:nvPr></p:nvSpPr><p:spPr>{xfrm}</p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p>{run}<a:endParaRPr lang="en-GB"/></a:p></p:txBody></p:sp>""";
    }

    private static string Footers(int firstIdx) =>
        Sp(10, "Date", "dt", firstIdx, null) + Sp(11, "Footer", "ftr", firstIdx + 1, null) + Sp(12, "Number", "sldNum", firstIdx + 2, null);

    private static string Layout(string type, string name, string shapes) =>
        $"""<p:sldLayout {Ns} type="{type}" preserve="1"><p:cSld name="{name}"><p:spTree>{Group}{shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>""";

    private static string Master =>
        $"""
        <p:sldMaster {Ns}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree>{Group}
        {Sp(2, "Title", "title", null, (640080, 228600, 7863840, 777240))}
        {Sp(3, "Body", "body", 1, (640080, 1188720, 7863840, 3200400))}
        {Sp(4, "Date", "dt", 2, (640080, 4709160, 2057400, 274320))}
        {Sp(5, "Footer", "ftr", 3, (3017520, 4709160, 3108960, 274320))}
        {Sp(6, "Number", "sldNum", 4, (6446520, 4709160, 2057400, 274320))}
        </p:spTree></p:cSld>
        <p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>
        <p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/><p:sldLayoutId id="2147483650" r:id="rId2"/><p:sldLayoutId id="2147483651" r:id="rId3"/></p:sldLayoutIdLst>
        <p:txStyles><p:titleStyle><a:lvl1pPr><a:defRPr sz="2600"><a:solidFill><a:schemeClr val="accent1"/></a:solidFill><a:latin typeface="+mj-lt"/></a:defRPr></a:lvl1pPr></p:titleStyle>
        <p:bodyStyle><a:lvl1pPr><a:defRPr sz="1800"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/></a:defRPr></a:lvl1pPr></p:bodyStyle>
        <p:otherStyle><a:lvl1pPr><a:defRPr sz="1800"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/></a:defRPr></a:lvl1pPr></p:otherStyle></p:txStyles></p:sldMaster>
        """;

    private static string SampleSlide =>
        $"""
        <p:sld {Ns}><p:cSld><p:spTree>{Group}{Sp(2, "Title", "title", null, null, "Delete me: a sample slide")}
        <p:pic><p:nvPicPr><p:cNvPr id="3" name="Logo"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>
        <p:spPr><a:xfrm><a:off x="100" y="100"/><a:ext cx="914400" cy="514350"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>
        </p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>
        """;

    private static string Theme =>
        $"""
        <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Brand"><a:themeElements>
        <a:clrScheme name="Brand"><a:dk1><a:srgbClr val="222222"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="0B3C5D"/></a:dk2><a:lt2><a:srgbClr val="F4F1EA"/></a:lt2>
        <a:accent1><a:srgbClr val="{Accent1}"/></a:accent1><a:accent2><a:srgbClr val="F26B38"/></a:accent2><a:accent3><a:srgbClr val="6C5B7B"/></a:accent3><a:accent4><a:srgbClr val="99B898"/></a:accent4><a:accent5><a:srgbClr val="E84A5F"/></a:accent5><a:accent6><a:srgbClr val="355C7D"/></a:accent6>
        <a:hlink><a:srgbClr val="0B3C5D"/></a:hlink><a:folHlink><a:srgbClr val="6C5B7B"/></a:folHlink></a:clrScheme>
        <a:fontScheme name="Brand"><a:majorFont><a:latin typeface="{HeadingFont}"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Verdana"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>
        <a:fmtScheme name="Brand"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>
        <a:lnStyleLst><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="28575"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>
        <a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>
        <a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>
        </a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>
        """;

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var data = new MemoryStream(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml));
        part.FeedData(data);
    }
}
