using Dapper;
using Dashboard.Data;

namespace Dashboard.Web.Security;

/// <summary><c>/healthz</c>: 200 when the store opens and answers, 503 otherwise.</summary>
public static partial class HealthEndpoint
{
    public static IResult Check(Database database, ILogger<Database> logger)
    {
        try
        {
            using var c = database.Open();
            var version = c.ExecuteScalar<string?>("SELECT value FROM meta WHERE key = 'data_version'") ?? "empty";
            return Results.Ok(new { status = "ok", dataVersion = version });
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            LogUnhealthy(logger, ex);
            return Results.Json(new { status = "unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Health check failed: the store does not open")]
    private static partial void LogUnhealthy(ILogger logger, Exception ex);
}
