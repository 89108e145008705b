using Dashboard.Web.Api;

namespace Dashboard.Web.Setup;

/// <summary>
/// The read-only JSON API under <c>/api</c> (GET and HEAD), its OpenAPI document (<c>/openapi/v1.json</c>, GETs only)
/// and the <c>/api-docs</c> page. No CORS middleware: browsers on other origins cannot read the API unless an operator
/// adds CORS on purpose.
/// </summary>
public static class ApiSetup
{
    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section)
            .Validate(o => o.MaxPageSize > 0 && o.DefaultPageSize > 0 && o.DefaultPageSize <= o.MaxPageSize,
                "Api:DefaultPageSize and Api:MaxPageSize must be positive, the default at most the maximum.")
            .ValidateOnStart();

        // Escape <, >, & and quotes in JSON strings (names come from CSVs), but keep letters such as ü readable.
        // Enums as words ("not-checkable"), not numbers.
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower));
        });
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "GeoAI Dashboard API";
            document.Info.Description = "Read-only data of the GeoAI Dashboard: indicators, observations with provenance, sources, events, claims and datasets.";

            document.Info.License = new Microsoft.OpenApi.OpenApiLicense
            {
                Name = "Each dataset under its source's licence, named with every observation's source (see /api/sources and /sources)",
            };

            // Every GET also answers HEAD (Endpoints/GetAndHead); HTTP implies it, and listing it would repeat each operation.
            foreach (var path in document.Paths.Values)
            {
                path.Operations?.Remove(HttpMethod.Head);
            }

            // Every documented operation is public: one empty requirement says "no authentication" (admin endpoints
            // are not in the document).
            document.Security = [new Microsoft.OpenApi.OpenApiSecurityRequirement()];

            // "http://host/" → "http://host": paths start with "/".
            foreach (var server in document.Servers ?? [])
            {
                server.Url = server.Url?.TrimEnd('/');
            }

            // The licences are the sources' own, listed on the sources page of this very server.
            if (document.Servers is [{ Url: { } site }, ..] && Uri.TryCreate(site + "/sources", UriKind.Absolute, out var sources))
            {
                document.Info.License.Url = sources;
            }

            var descriptions = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Data"] = "Indicators, observations with provenance, sources, events, claims and datasets, as JSON.",
                ["Charts"] = "Each indicator's chart as PNG, SVG, its rows as CSV, and where the PNG draws each value.",
                ["Exports"] = "Briefing packs and PowerPoint decks of several charts, every figure with its source.",
                ["Revisions"] = "Every revision of an indicator's values, old → new, as an Atom feed and as CSV.",
            };
            foreach (var tag in document.Tags ?? new HashSet<Microsoft.OpenApi.OpenApiTag>())
            {
                tag.Description ??= tag.Name is { } name && descriptions.TryGetValue(name, out var text) ? text : null;
            }

            return Task.CompletedTask;
        }));
        return builder;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        app.MapApiEndpoints();
        app.MapOpenApi();
        return app;
    }
}
