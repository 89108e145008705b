using System.Text.RegularExpressions;

namespace Dashboard.Data.Feeds;

/// <summary>
/// Any CSV or .xlsx file at a URL (an OWID grapher download, a SIPRI export, a portal's bulk file), imported as it is,
/// read by the format its shape shows. Conditional requests use the server's ETag and Last-Modified. For an Our World
/// in Data grapher download (<c>/grapher/{slug}.csv</c>), its metadata JSON (<c>/grapher/{slug}.metadata.json</c>),
/// where present, names the value columns, their units and the citation (<see cref="OwidMetadata"/>).
/// </summary>
public sealed partial class FileConnector : IFeedConnector
{
    public FeedKind Kind => FeedKind.File;

    public string Example => "https://ourworldindata.org/grapher/annual-scholarly-publications-on-artificial-intelligence.csv?v=1&csvType=full&useColumnShortNames=false";

    public string? CheckUrl(Uri url) => FileName(url) is null ? "names no file: the URL's path should end in the file's name (…/data.csv)" : null;

    public async Task<FetchedFile?> FetchAsync(Feed feed, FeedHttp http, CancellationToken ct)
    {
        var response = await http.GetAsync(feed.Url, feed.ETag, feed.LastModified, ct);
        if (response is null)
        {
            return null;
        }

        var fileName = FileName(feed.Url) ?? "download.csv";
        var file = new FetchedFile
        {
            Content = response.Body,
            FileName = fileName,
            Edition = response.LastModified is { } modified ? "Last modified " + modified : null,
            ETag = response.ETag,
            LastModified = response.LastModified,
        };
        if (OwidGrapher().Match(feed.Url.AbsolutePath) is not { Success: true } grapher)
        {
            return file;
        }

        var metadataUrl = new UriBuilder(feed.Url) { Path = grapher.Groups["stem"].Value + ".metadata.json" }.Uri;
        try
        {
            var metadata = OwidMetadata.Read((await http.GetAsync(metadataUrl, ct)).Body, metadataUrl, Path.GetFileNameWithoutExtension(fileName));
            return file with
            {
                Edition = metadata.Edition ?? file.Edition,
                Columns = metadata.Columns,
                NewSource = feed.SourceId is null ? metadata.Source : null,
                Notes = [$"names, units and citation from {metadataUrl.AbsolutePath}"],
            };
        }
        catch (FeedFetchException ex)
        {
            // Metadata "where present": without it the grapher CSV is read as any grapher CSV.
            return file with { Notes = [$"no metadata JSON ({ex.Message}): names and units come from the CSV's header"] };
        }
    }

    private static string? FileName(Uri url)
    {
        var last = Uri.UnescapeDataString(url.AbsolutePath.TrimEnd('/').Split('/')[^1]);
        return last.Length == 0 || last.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 ? null : last;
    }

    [GeneratedRegex(@"^(?<stem>.*/grapher/[A-Za-z0-9_-]+)\.csv$", RegexOptions.CultureInvariant)]
    private static partial Regex OwidGrapher();
}
