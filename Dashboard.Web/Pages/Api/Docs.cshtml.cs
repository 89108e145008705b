using Dashboard.Web.Api;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dashboard.Web.Pages.Api;

/// <summary>Renders the OpenAPI document on the server: operations, parameters and responses; no script, no CDN.</summary>
public sealed class DocsModel : PageModel
{
    public string Title { get; private set; } = "";

    public string? Description { get; private set; }

    public IReadOnlyList<ApiOperation> Operations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var provider = HttpContext.RequestServices.GetRequiredKeyedService<IOpenApiDocumentProvider>("v1");
        var document = await provider.GetOpenApiDocumentAsync(ct);
        var json = await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, ct);
        (Title, Description, Operations) = OpenApiReader.Read(json);
    }
}
