using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;

namespace Dashboard.Web.Decks;

/// <summary>
/// The parts every deck shares, written once per deck from the XML files in <c>Decks/Template</c> (embedded
/// resources): theme, slide master with its three layouts (title slide, title only, title and content) and the notes
/// master. Sizes come from <see cref="DeckGeometry.Tokens"/>; the filled-in text is cached per slide size.
/// </summary>
internal sealed partial class PptxTemplate
{
    // Relationship ids used inside the template XML (slideMaster.xml lists its layouts as rId1..rId3).
    private const string TitleLayoutId = "rId1", TitleOnlyLayoutId = "rId2", ContentLayoutId = "rId3", ThemeId = "rId4";

    private static readonly ConcurrentDictionary<(DeckSlideSize, string), byte[]> Filled = new();

    private PptxTemplate(SlideLayoutPart title, SlideLayoutPart titleOnly, SlideLayoutPart content, NotesMasterPart notesMaster)
    {
        TitleLayout = title;
        TitleOnlyLayout = titleOnly;
        TitleAndContentLayout = content;
        NotesMaster = notesMaster;
    }

    public SlideLayoutPart TitleLayout { get; }
    public SlideLayoutPart TitleOnlyLayout { get; }
    public SlideLayoutPart TitleAndContentLayout { get; }
    public NotesMasterPart NotesMaster { get; }

    /// <summary>Adds master, layouts, themes and notes master to <paramref name="presentation"/>.</summary>
    public static PptxTemplate AddTo(PresentationPart presentation, DeckSlideSize size, out string masterId, out string notesMasterId)
    {
        var master = presentation.AddNewPart<SlideMasterPart>();
        var title = AddLayout(master, TitleLayoutId, size, "layoutTitle.xml");
        var titleOnly = AddLayout(master, TitleOnlyLayoutId, size, "layoutTitleOnly.xml");
        var content = AddLayout(master, ContentLayoutId, size, "layoutTitleAndContent.xml");
        var theme = master.AddNewPart<ThemePart>(ThemeId);
        Feed(theme, size, "theme.xml");
        presentation.AddPart(theme);
        Feed(master, size, "slideMaster.xml");

        var notesMaster = presentation.AddNewPart<NotesMasterPart>();
        Feed(notesMaster.AddNewPart<ThemePart>("rId1"), size, "theme.xml");
        Feed(notesMaster, size, "notesMaster.xml");

        masterId = presentation.GetIdOfPart(master);
        notesMasterId = presentation.GetIdOfPart(notesMaster);
        return new PptxTemplate(title, titleOnly, content, notesMaster);
    }

    private static SlideLayoutPart AddLayout(SlideMasterPart master, string id, DeckSlideSize size, string file)
    {
        var layout = master.AddNewPart<SlideLayoutPart>(id);
        layout.AddPart(master, "rId1");
        Feed(layout, size, file);
        return layout;
    }

    private static void Feed(OpenXmlPart part, DeckSlideSize size, string file)
    {
        var bytes = Filled.GetOrAdd((size, file), key => Encoding.UTF8.GetBytes(Fill(Read(key.Item2), DeckGeometry.For(key.Item1).Tokens())));
        using var stream = new MemoryStream(bytes, writable: false);
        part.FeedData(stream);
    }

    private static string Read(string file)
    {
        var name = $"{typeof(PptxTemplate).Namespace}.Template.{file}";
        using var stream = typeof(PptxTemplate).Assembly.GetManifestResourceStream(name)
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
