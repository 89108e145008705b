using Dashboard.Data.Import;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Import.Tables;
using Dashboard.Data.Model;
using Dashboard.Data.Queries;
using Dashboard.Web.Admin;
using Dashboard.Web.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Pages.Admin;

/// <summary>
/// Receives an upload: size limits first (413 with a readable page, after draining the body so browsers show it), then
/// antiforgery (400), then the file is saved to a temp file and its dry run starts; the browser goes to the report page.
/// </summary>
[IgnoreAntiforgeryToken] // Validated by hand in OnPostAsync, after the size checks: the token is inside the multipart body.
[EnglishOnly]
public sealed class UploadModel(IOptions<AdminOptions> options, UploadJobs jobs, IAntiforgery antiforgery, SourceQueries sources) : PageModel
{
    /// <summary>Room for the form's other fields and the multipart boundaries around the file.</summary>
    public const long FormOverhead = 64 * 1024;

    /// <summary>Bodies up to this many times the limit are read and discarded, so the 413 page reaches the browser.</summary>
    public const int DrainFactor = 4;

    private const string NotAForm = "The upload was not a valid form (multipart/form-data). Use the form below.";

    /// <summary>The dataset to replace (from <c>?dataset=</c>). Not a bound property: binding on POST would read the whole body before the size checks.</summary>
    public string? DatasetId { get; private set; }

    public IReadOnlyList<Source> Sources { get; private set; } = [];

    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var dataset = Request.Query["dataset"].ToString();
        DatasetId = RowParser.IsSlug(dataset) ? dataset : null;
        Sources = await sources.GetSourcesAsync(ct);
    }

    // No parameters on purpose: binding any handler parameter makes MVC read the whole form before this runs.
    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        var max = options.Value.MaxUploadBytes;
        var bodyLimit = max + FormOverhead;
        var size = HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (Request.ContentLength is { } length && length > bodyLimit)
        {
            await DrainAsync(size, length, max, ct);
            return await FailAsync(StatusCodes.Status413PayloadTooLarge, TooLarge(length), ct);
        }

        if (size is { IsReadOnly: false })
        {
            size.MaxRequestBodySize = bodyLimit;
        }

        if (!Request.HasFormContentType)
        {
            return await FailAsync(StatusCodes.Status400BadRequest, NotAForm, ct);
        }

        HttpContext.Features.Set<IFormFeature>(new FormFeature(Request, new FormOptions { MultipartBodyLengthLimit = bodyLimit, ValueCountLimit = 48 }));
        IFormCollection form;
        try
        {
            form = await Request.ReadFormAsync(ct);
        }
        catch (InvalidDataException ex) when (ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return await FailAsync(StatusCodes.Status413PayloadTooLarge, TooLarge(null), ct);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return await FailAsync(StatusCodes.Status413PayloadTooLarge, TooLarge(null), ct);
        }
        catch (InvalidDataException)
        {
            return await FailAsync(StatusCodes.Status400BadRequest, NotAForm, ct);
        }

        try
        {
            await antiforgery.ValidateRequestAsync(HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return await FailAsync(StatusCodes.Status400BadRequest, "The form had expired or did not come from this site (antiforgery check failed). Reload the page and upload again.", ct);
        }

        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            return await FailAsync(StatusCodes.Status400BadRequest, "Choose a non-empty CSV or Excel (.xlsx) file to upload.", ct);
        }

        if (file.Length > max)
        {
            return await FailAsync(StatusCodes.Status413PayloadTooLarge, TooLarge(file.Length), ct);
        }

        var fileName = SafeFileName(file.FileName);
        var datasetId = form["dataset"].ToString().Trim();
        if (datasetId.Length == 0)
        {
            datasetId = ImportEngine.DatasetIdFromFileName(fileName);
        }

        if (!RowParser.IsSlug(datasetId))
        {
            DatasetId = datasetId;
            return await FailAsync(StatusCodes.Status400BadRequest, "The dataset id must be lower-case letters, digits and '-' (at most 80 characters).", ct);
        }

        var sourceId = Field(form, "source");
        var dialect = new DialectOptions
        {
            Encoding = Field(form, "encoding"),
            Delimiter = Field(form, "delimiter"),
            DecimalSeparator = Field(form, "decimal"),
            Sheet = Field(form, "sheet"),
        };
        var indicator = Field(form, "indicator") is { } indicatorId
            ? new TableIndicator { Id = indicatorId, Name = Field(form, "indicator-name"), Unit = Field(form, "unit"), Dimension = Field(form, "dimension"), Column = Field(form, "column") }
            : null;
        var series = Field(form, "series") is { } list ? list.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null;
        var newSource = Field(form, "source-citation", 1000) is { } citation
            ? FileImportOptions.NameSource(Field(form, "source-id"), citation, Field(form, "source-url", 1000), Field(form, "source-licence"))
            : null;
        var (id, path) = jobs.NewTempPath();
        await using (var target = System.IO.File.Create(path))
        {
            await file.CopyToAsync(target, ct);
        }

        jobs.Start(id, path, fileName, datasetId, newSource?.Id ?? sourceId, dialect, indicator, new UploadChoices(series, Field(form, "country-column"), newSource));
        return Redirect("/admin/uploads/" + id);
    }

    /// <summary>A form field, trimmed and cut to <paramref name="max"/> characters; null when empty (detect / not given).</summary>
    private static string? Field(IFormCollection form, string name, int max = 200)
    {
        var value = form[name].ToString().Trim();
        return value.Length == 0 ? null : value.Length > max ? value[..max] : value;
    }

    /// <summary>
    /// The name the user gave the file, without any path, for messages, the datasets table and log lines: control
    /// characters, line separators and bidi overrides (a multipart <c>filename*=</c> can carry NUL, CR, LF, ESC …) are
    /// written as <c>\uXXXX</c> by the one rule for outside text in logs (<see cref="LogText"/>), here where it arrives.
    /// </summary>
    public static string SafeFileName(string name)
    {
        var last = name.Replace('\\', '/').Split('/')[^1].Trim();
        if (last.Length > 120)
        {
            last = last[..120];
        }

        return last.Length == 0 ? "upload.csv" : LogText.Escape(last);
    }

    private string TooLarge(long? length) =>
        (length is { } l ? $"The upload is {AdminFormat.Bytes(l)}; " : "The upload is too large; ") +
        $"files of at most {AdminFormat.Bytes(options.Value.MaxUploadBytes)} are accepted (Admin:MaxUploadBytes). " +
        "Split the file, or ask the operator to raise the limit. Nothing was stored.";

    private async Task DrainAsync(IHttpMaxRequestBodySizeFeature? size, long length, long max, CancellationToken ct)
    {
        // A browser that is still sending when the server answers and closes often shows "connection reset" instead of
        // the answer; reading (and discarding) a moderately oversized body lets it show the 413 page.
        if (size is not { IsReadOnly: false } || length > max * DrainFactor + FormOverhead)
        {
            return;
        }

        size.MaxRequestBodySize = length;
        try
        {
            await Request.Body.CopyToAsync(Stream.Null, ct);
        }
        catch (BadHttpRequestException)
        {
            // The client sent more than it announced; the connection will be closed anyway.
        }
    }

    private async Task<IActionResult> FailAsync(int status, string problem, CancellationToken ct)
    {
        Problem = problem;
        Sources = await sources.GetSourcesAsync(ct);
        Response.StatusCode = status;
        return Page();
    }
}
