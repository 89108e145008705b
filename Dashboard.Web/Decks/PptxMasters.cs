using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;

namespace Dashboard.Web.Decks;

/// <summary>
/// The built-in masters of a deck made without a template, written from the XML files in <c>Decks/Template</c>
/// (embedded resources): theme, slide master (title, body, date, footer and slide number placeholders) with its three
/// layouts (title slide, title only, title and content), and the notes master (also for templates that have none).
/// Sizes come from <see cref="PptxGeometry.Tokens"/>; the filled-in text is cached per slide size.
/// </summary>
internal static partial class PptxMasters
{
    // Relationship ids used inside the template XML (slideMaster.xml lists its layouts as rId1..rId3).
    private const string TitleLayoutId = "rId1", TitleOnlyLayoutId = "rId2", ContentLayoutId = "rId3", ThemeId = "rId4";

    private static readonly ConcurrentDictionary<(PptxSlideSize, string), byte[]> Filled = new();

    /// <summary>Adds the slide master with its layouts and theme to <paramref name="presentation"/>; returns the master's relationship id.</summary>
    public static string AddMaster(PresentationPart presentation, PptxSlideSize size)
    {
        var master = presentation.AddNewPart<SlideMasterPart>();
        AddLayout(master, TitleLayoutId, size, "layoutTitle.xml");
        AddLayout(master, TitleOnlyLayoutId, size, "layoutTitleOnly.xml");
        AddLayout(master, ContentLayoutId, size, "layoutTitleAndContent.xml");
        var theme = master.AddNewPart<ThemePart>(ThemeId);
        Feed(theme, size, "theme.xml");
        presentation.AddPart(theme);
        Feed(master, size, "slideMaster.xml");
        return presentation.GetIdOfPart(master);
    }

    /// <summary>Adds the notes master (with a theme of its own) for slides of about <paramref name="size"/>'s shape.</summary>
    public static NotesMasterPart AddNotesMaster(PresentationPart presentation, PptxSlideSize size)
    {
        var notesMaster = presentation.AddNewPart<NotesMasterPart>();
        Feed(notesMaster.AddNewPart<ThemePart>("rId1"), size, "theme.xml");
        Feed(notesMaster, size, "notesMaster.xml");
        return notesMaster;
    }

    private static SlideLayoutPart AddLayout(SlideMasterPart master, string id, PptxSlideSize size, string file)
    {
        var layout = master.AddNewPart<SlideLayoutPart>(id);
        layout.AddPart(master, "rId1");
        Feed(layout, size, file);
        return layout;
    }

    private static void Feed(OpenXmlPart part, PptxSlideSize size, string file)
    {
        var bytes = Filled.GetOrAdd((size, file), key => Encoding.UTF8.GetBytes(Fill(Read(key.Item2), PptxGeometry.For(key.Item1).Tokens())));
        using var stream = new MemoryStream(bytes, writable: false);
        part.FeedData(stream);
    }

    private static string Read(string file)
    {
        var name = $"{typeof(PptxMasters).Namespace}.Template.{file}";
        using var stream = typeof(PptxMasters).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded deck template '{name}' is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string Fill(string xml, IReadOnlyDictionary<string, string> tokens) =>
        Token().Replace(xml, m => tokens.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new InvalidOperationException($"Deck template token '{m.Value}' has no value."));

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Token();
}
