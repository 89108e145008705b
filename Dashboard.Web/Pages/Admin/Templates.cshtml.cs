using Dashboard.Data;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Import.Store;
using Dashboard.Data.Model;
using Dashboard.Data.Queries;
using Dashboard.Web.Admin;
using Dashboard.Web.Export;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Pages.Admin;

/// <summary>
/// Deck templates: the list, an upload form and removal. An upload is size-checked first (413 beyond
/// <see cref="ExportOptions.MaxTemplateBytes"/>), then antiforgery, then the file is checked as a PowerPoint template
/// (<see cref="DeckTemplates.Check"/>: a package with masters and a title-and-content layout, no macros, no outside
/// links) and kept in the store under its id; anything else is refused with the reason and nothing is kept. Only
/// admins reach the handlers: the /Admin folder is authorized by convention.
/// </summary>
[IgnoreAntiforgeryToken] // Validated by hand, after the size checks: the token is inside the multipart body.
public sealed class TemplatesModel(IOptions<ExportOptions> options, TemplateQueries templates, Database database, IAntiforgery antiforgery, TimeProvider clock) : PageModel
{
    private const string NotAForm = "The upload was not a valid form (multipart/form-data). Use the form below.";

    public IReadOnlyList<DeckTemplateInfo> Templates { get; private set; } = [];

    public long MaxTemplateBytes => options.Value.MaxTemplateBytes;

    public string? Problem { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Templates = await templates.GetTemplatesAsync(ct);

    // No parameters on purpose: binding any handler parameter makes MVC read the whole form before the size checks.
    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        var max = MaxTemplateBytes;
        var bodyLimit = max + UploadModel.FormOverhead;
        if (Request.ContentLength is { } length && length > bodyLimit)
        {
            return await FailAsync(StatusCodes.Status413PayloadTooLarge, TooLarge(length), ct);
        }

        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = bodyLimit;
        }

        if (!Request.HasFormContentType)
        {
            return await FailAsync(StatusCodes.Status400BadRequest, NotAForm, ct);
        }

        IFormCollection form;
        try
        {
            HttpContext.Features.Set<IFormFeature>(new FormFeature(Request, new FormOptions { MultipartBodyLengthLimit = bodyLimit, ValueCountLimit = 16 }));
            form = await Request.ReadFormAsync(ct);
            await antiforgery.ValidateRequestAsync(HttpContext);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? await FailAsync(StatusCodes.Status413PayloadTooLarge, TooLarge(null), ct)
                : await FailAsync(StatusCodes.Status400BadRequest, NotAForm, ct);
        }
        catch (AntiforgeryValidationException)
        {
            return await FailAsync(StatusCodes.Status400BadRequest, "The form had expired or did not come from this site (antiforgery check failed). Reload the page and upload again.", ct);
        }

        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            return await FailAsync(StatusCodes.Status400BadRequest, "Choose a PowerPoint template (.potx) or presentation (.pptx) to upload.", ct);
        }

        if (file.Length > max)
        {
            return await FailAsync(StatusCodes.Status413PayloadTooLarge, TooLarge(file.Length), ct);
        }

        var fileName = UploadModel.SafeFileName(file.FileName);
        var id = form["id"].ToString().Trim();
        if (id.Length == 0)
        {
            id = IdFromFileName(fileName);
        }

        if (!RowParser.IsSlug(id))
        {
            return await FailAsync(StatusCodes.Status400BadRequest, "The template id must be lower-case letters, digits and '-' (at most 80 characters); it is what 'template=' names.", ct);
        }

        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, ct);
        }

        var (template, errors) = DeckTemplates.Check(bytes, $"'{fileName}'");
        if (template is null)
        {
            return await FailAsync(StatusCodes.Status400BadRequest, errors.FirstMessage + " Nothing was kept.", ct);
        }

        KeptTemplates.Save(database, id, fileName, bytes, template.Summary, clock.GetUtcNow());
        Message = $"Kept template '{id}' ({template.Summary}). Decks use it with template={id}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return await FailAsync(StatusCodes.Status400BadRequest, "The form had expired or did not come from this site (antiforgery check failed). Reload the page and try again.", ct);
        }

        var id = Request.Form["id"].ToString();
        Message = Request.Form["confirm"] != "yes"
            ? $"Template '{id}' was not removed: tick the box to confirm."
            : KeptTemplates.Remove(database, id) ? $"Removed template '{id}'." : $"There is no template '{id}'.";
        return RedirectToPage();
    }

    /// <summary>"Brand 2025 (final).potx" → "brand-2025-final".</summary>
    public static string IdFromFileName(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant();
        var words = new string(stem.Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray());
        var slug = string.Join('-', words.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
    }

    private string TooLarge(long? length) =>
        (length is { } l ? $"The upload is {AdminFormat.Bytes(l)}; " : "The upload is too large; ") +
        $"templates of at most {AdminFormat.Bytes(MaxTemplateBytes)} are accepted (Export:MaxTemplateBytes). Nothing was kept.";

    private async Task<IActionResult> FailAsync(int status, string problem, CancellationToken ct)
    {
        Problem = problem;
        Templates = await templates.GetTemplatesAsync(ct);
        Response.StatusCode = status;
        return Page();
    }
}
