using Dapper;
using Dashboard.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Security;

/// <summary><c>/healthz</c>: 200 when the store opens and answers, 503 otherwise.</summary>
public static partial class HealthEndpoint
{
    public static Results<Ok<HealthStatus>, JsonHttpResult<HealthStatus>> Check(Database database, ILogger<Database> logger)
    {
        try
        {
            using var c = database.Open();
            var version = c.ExecuteScalar<string?>(Database.DataVersionSql) ?? Database.EmptyDataVersion;
            return TypedResults.Ok(new HealthStatus("ok", version));
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            LogUnhealthy(logger, ex);
            return TypedResults.Json(new HealthStatus("unavailable", null), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Health check failed: the store does not open")]
    private static partial void LogUnhealthy(ILogger logger, Exception ex);
}
