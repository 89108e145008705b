using System.Text.Encodings.Web;
using Dashboard.Web.Charts;
using Dashboard.Web.Charts.Model;

namespace Dashboard.Web.Pages.Display;

/// <summary>
/// The "Embed" box of the indicator and compare pages: a copy-ready <c>&lt;iframe&gt;</c> of <c>/embed/…</c> for the
/// chart shown. Its address starts with the public base URL (<see cref="Security.PublicBaseUrl"/>); where none is
/// known the snippet holds the site-relative path and embed-code.js puts the page's own origin in front.
/// </summary>
public sealed record EmbedCode
{
    /// <summary>Frame height in CSS pixels: the 16:9 chart at the frame's largest width (900 px), or the narrow one, with title and source line.</summary>
    public const int Height = 640;

    public const int MaxWidth = 900;

    /// <summary>Absolute (or, without a known base, site-relative) address of the embed page.</summary>
    public required string Src { get; init; }

    /// <summary>The frame's <c>title</c>: what the chart is, for screen readers on the host page.</summary>
    public required string Title { get; init; }

    public bool IsRelative => Src.StartsWith('/');

    /// <summary>The script beside the frame that fits its height to its content (<c>wwwroot/js/embed-resize.js</c>).</summary>
    public required string ResizeScript { get; init; }

    /// <summary>
    /// The snippet, HTML-encoded where it must be (attribute values): the frame (which works alone, at <see cref="Height"/>)
    /// and the small script that resizes it to the height its page reports.
    /// </summary>
    public string Snippet
    {
        get
        {
            var e = HtmlEncoder.Default;
            return $"<iframe src=\"{e.Encode(Src)}\" title=\"{e.Encode(Title)}\" width=\"100%\" height=\"{Height}\" " +
                $"style=\"border:0;max-width:{MaxWidth}px\" loading=\"lazy\"></iframe>" +
                $"\n<script src=\"{e.Encode(ResizeScript)}\" async></script>";
        }
    }

    public static EmbedCode For(ChartSpec spec, string baseUrl) => new()
    {
        Src = baseUrl + spec.Selection.DataOnly().Normalized().EmbedUrl(),
        Title = spec.Title + " (GeoAI Dashboard)",
        ResizeScript = baseUrl + "/js/embed-resize.js",
    };
}
