using System.ComponentModel;
using System.Globalization;
using Dashboard.Data;
using Dashboard.Data.Import.Contract;
using Dashboard.Data.Model;
using Dashboard.Data.Queries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Api;

/// <summary>
/// <c>GET /api/revisions?indicator=&amp;limit=&amp;cursor=</c>: the public record of every revision of an indicator's
/// values, paged like <c>/api/observations</c> (same limits, a cursor bound to its query, <c>Link: rel="next"</c>).
/// </summary>
public static class RevisionApi
{
    public static async Task<Results<Ok<ApiRevisions>, ValidationProblem, ProblemHttpResult>> GetRevisionsAsync(
        [Description("Indicator id (required).")] string? indicator,
        [Description("Changes per page: 1 to Api:MaxPageSize (5000); default Api:DefaultPageSize (1000).")] string? limit,
        [Description("Where to continue: the nextCursor of the previous page (also in its Link: rel=\"next\" header).")] string? cursor,
        HttpContext http, IOptions<ApiOptions> apiOptions, IndicatorQueries indicators, RevisionQueries revisions, Database database, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var id = indicator?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            errors["indicator"] = ["'indicator' is required (an indicator id, see /api/indicators)."];
        }
        else if (!RowParser.IsSlug(id))
        {
            errors["indicator"] = [$"'{Shorten(id)}' is not an indicator id (lower-case letters, digits and '-', e.g. top500-systems)."];
        }

        var paging = apiOptions.Value;
        var pageSize = paging.DefaultPageSize;
        if (!string.IsNullOrWhiteSpace(limit) &&
            (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1 || pageSize > paging.MaxPageSize))
        {
            errors["limit"] = [$"'limit' must be a whole number from 1 to {paging.MaxPageSize}; got '{Shorten(limit)}'."];
        }

        var query = "revisions?indicator=" + id;
        RevisionKey? after = null;
        if (!string.IsNullOrWhiteSpace(cursor))
        {
            var parts = QueryCursor.Decode(cursor.Trim(), query, 4, "another indicator", out var problem);
            if (parts is not null && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var revision)
                && ContractTables.IsEntityCode(parts[1]) && (parts[2].Length == 0 || ContractTables.IsEntityCode(parts[2])) && Period.TryParse(parts[3], out _, out _))
            {
                after = new RevisionKey(revision, parts[1], parts[2], parts[3]);
            }
            else
            {
                errors["cursor"] = [problem ?? QueryCursor.NotOurs];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid query parameters");
        }

        if (await indicators.GetIndicatorAsync(id!, ct) is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown indicator",
                detail: $"There is no indicator '{id}'. /api/indicators lists them.");
        }

        var version = database.GetDataVersion();
        var total = await revisions.CountChangesAsync(id!, ct);
        var page = await revisions.GetChangesPageAsync(id!, after, pageSize + 1, ct);
        var rows = page.Count > pageSize ? page.Take(pageSize).ToList() : page;
        string? nextCursor = null, next = null;
        if (page.Count > pageSize)
        {
            var last = rows[^1];
            nextCursor = QueryCursor.Encode(query, last.RevisionId.ToString(CultureInfo.InvariantCulture), last.EntityCode, last.CounterpartCode ?? "", last.Period);
            next = http.Request.Path + QueryString.Create(http.Request.Query
                .Where(q => !q.Key.Equals("cursor", StringComparison.OrdinalIgnoreCase))
                .Append(new("cursor", nextCursor)));
            http.Response.Headers.Link = $"<{next}>; rel=\"next\"";
        }

        return TypedResults.Ok(new ApiRevisions(id!, version, rows.Count, rows, total, nextCursor, next));
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
