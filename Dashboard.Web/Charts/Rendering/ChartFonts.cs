using ScottPlot;
using SkiaSharp;

namespace Dashboard.Web.Charts.Rendering;

/// <summary>
/// The bundled chart fonts (DejaVu Sans regular and bold, copied to <c>Charts/Fonts</c> in the output). ScottPlot on
/// Linux draws text only with fonts it can find, so they are registered once before the first chart is built.
/// </summary>
public static class ChartFonts
{
    public const string Family = "DejaVu Sans";

    /// <summary>What SVG output names as its font: the bundled family first, then common fallbacks.</summary>
    public const string SvgFontFamily = "'DejaVu Sans', 'Noto Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

    private static readonly Lock Gate = new();
    private static bool _registered;

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Charts", "Fonts");

    public static string RegularFile => Path.Combine(Folder, "DejaVuSans.ttf");

    public static string BoldFile => Path.Combine(Folder, "DejaVuSans-Bold.ttf");

    /// <summary>Registers regular and bold with ScottPlot and makes them the default; safe to call many times.</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            foreach (var file in new[] { RegularFile, BoldFile })
            {
                if (!File.Exists(file))
                {
                    throw new FileNotFoundException("Bundled chart font missing (it is copied to the build output from Dashboard.Web/Charts/Fonts).", file);
                }
            }

            Fonts.AddFontFile(Family, RegularFile, bold: false, italic: false);
            Fonts.AddFontFile(Family, BoldFile, bold: true, italic: false);
            Fonts.Default = Family;
            Regular = Fonts.GetTypeface(Family, bold: false, italic: false);
            Bold = Fonts.GetTypeface(Family, bold: true, italic: false);
            _registered = true;
        }
    }

    /// <summary>The regular typeface (after <see cref="EnsureRegistered"/>).</summary>
    public static SKTypeface Regular { get; private set; } = SKTypeface.Default;

    /// <summary>The bold typeface (after <see cref="EnsureRegistered"/>).</summary>
    public static SKTypeface Bold { get; private set; } = SKTypeface.Default;
}
