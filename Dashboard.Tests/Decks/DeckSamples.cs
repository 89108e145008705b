using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Styling;
using Dashboard.Web.Decks;
using SkiaSharp;

namespace Dashboard.Tests.Decks;

/// <summary>Decks for the writer tests: every chart kind, a picture, a picture fallback, gaps, shared references.</summary>
public static class DeckSamples
{
    public static readonly PptxReference Sipri = new("SIPRI Arms Transfers Database, March 2025 release, trend-indicator values.", "https://www.sipri.org/databases/armstransfers");
    public static readonly PptxReference WorldBank = new("World Bank, World Development Indicators, table 4.4 (2024).", "https://databank.worldbank.org/source/world-development-indicators");
    public static readonly PptxReference Top500 = new("TOP500 list, November 2024 edition.");

    /// <summary>A real PNG of the given size (a flat colour with a diagonal), as a renderer would give.</summary>
    public static PptxPicture Png(int width = 640, int height = 360)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0xF4, 0xF6, 0xF8));
            using var paint = new SKPaint { Color = new SKColor(0xC0, 0x39, 0x2B), StrokeWidth = 6, IsAntialias = true };
            canvas.DrawLine(0, height, width, 0, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return new PptxPicture(data.ToArray(), width, height);
    }

    public static PptxChart Line() => new()
    {
        Kind = PptxChartKind.Line,
        Categories = ["2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022"],
        Series =
        [
            new("China", "#C0392B", [1.5, 2.25, null, 4, 5.125, 6, 7.75, 8]),
            new("Russia", "#1F4E9C", [10, 9.5, 9, null, null, 7, 6.5, 1e-7], DashStyle.Dashed),
            new("United States", "6a3d9a", [3, 3, 3, 3, 3, 3, 3, 3], DashStyle.Dotted),
        ],
        ValueAxisTitle = "TIV (millions)",
        CategoryAxisTitle = "Year",
        ValueMin = 0,
        ShowMarkers = true,
    };

    public static PptxChart Slope() => new()
    {
        Kind = PptxChartKind.Slope,
        Categories = ["2010–2014", "2020–2024"],
        Series = [new("China", "#C0392B", [12.5, 31]), new("Russia", "#1F4E9C", [70.25, 41], DashStyle.Dashed)],
        ValueAxisTitle = "% of arms imports",
    };

    public static PptxChart Bars(PptxChartKind kind) => new()
    {
        Kind = kind,
        Categories = ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"],
        Series =
        [
            new("China", "#C0392B", [120, 45.5, null, 300, 12]),
            new("Russia", "#1F4E9C", [900, 80, 60.25, 10, 240]),
        ],
        ValueAxisTitle = kind is PptxChartKind.PercentStackedBar or PptxChartKind.PercentStackedColumn ? "share of imports" : "TIV (millions)",
        ValueMax = kind is PptxChartKind.ClusteredColumn ? 1000 : null,
    };

    /// <summary>A project table of five rows, one cell long enough to wrap.</summary>
    public static PptxTable Table() => new()
    {
        Columns = ["Project", "Country", "Year", "Cameras", "Lender"],
        NumericColumns = [false, false, true, true, false],
        Rows =
        [
            ["Safe City Dushanbe, a long project name that wraps onto a second line in its column", "Tajikistan", "2019", "1,200", "China"],
            ["Smart City Bishkek", "Kyrgyzstan", "2019", "15", "–"],
            ["Safe City Ashgabat", "Turkmenistan", "2009", "133", "–"],
            ["Red Speed", "Kazakhstan", "–", "–", "–"],
            ["Safe City Tashkent", "Uzbekistan", "2020", "–", "China"],
        ],
    };

    public static PptxSlide Slide(string title, PptxVisual visual, PptxReference reference, bool fallback = false) => new()
    {
        Title = title,
        Visual = visual,
        Subtitle = "Unit: TIV (millions) · Central Asia (5 states) · 2015–2022",
        Caveats = ["◆ figure stated in the paper, at the period the claim check uses", "Some values derived from the source data (method in the CSV)"],
        SourceLine = "Source: " + reference.Citation,
        AltText = $"{title}. Chart described for screen readers.",
        Notes =
        [
            "Subtitle: " + title + " · unit as on the dashboard",
            reference.Citation,
            "Licence: CC BY 4.0",
            "Permalink: https://geoai.example/charts/x?entities=CHN,RUS",
            "Data version 7",
        ],
        PictureFallback = fallback,
    };

    /// <summary>Every kind once: a picture, a fallback picture, the seven native kinds (two with marks and value labels) and a table.</summary>
    public static PptxDocument EveryKind(PptxSlideSize size = PptxSlideSize.Widescreen16x9) => new()
    {
        Title = "China and Russia in Central Asia",
        Subtitle = "Arms, trade and compute",
        Date = new DateOnly(2025, 3, 14),
        DataVersion = "7",
        SlideSize = size,
        Slides =
        [
            Slide("Arms imports by supplier (picture)", Png(), Sipri),
            Slide("Chinese projects (timeline)", Png(800, 800), WorldBank, fallback: true),
            Slide("Arms exports over time", Line(), Sipri),
            Slide("Share of arms imports, then and now", Slope(), Sipri),
            Slide("Imports by recipient", Bars(PptxChartKind.ClusteredColumn), WorldBank),
            Slide("Imports by recipient (bars)", Bars(PptxChartKind.ClusteredBar), WorldBank),
            Slide("Supplier shares", Bars(PptxChartKind.PercentStackedColumn), Sipri),
            Slide("Supplier shares (bars)", Bars(PptxChartKind.PercentStackedBar), Top500),
            Slide("Supplier shares (stacked, marked)", Bars(PptxChartKind.StackedColumn) with
            {
                ValueMax = 1200, ValueLabels = true, ValueLabelsFrom = 40, LabelFormat = "[>=10]#,##0;0.0",
                Marks = [new PptxMark(0, 1, 50, "paper: 50"), new PptxMark(1, 3, 20, "Russia, paper: 20")], MarksName = "paper",
            }, Sipri),
            Slide("Arms exports, marked", Line() with { Marks = [new PptxMark(0, 6, 7.5, "paper: 7.5")], MarksName = "paper" }, Sipri),
            Slide("Safe City projects", Table(), WorldBank),
        ],
        References = [Sipri, WorldBank, Sipri, Top500, WorldBank],
    };
}
