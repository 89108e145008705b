using System.Diagnostics;
using Dashboard.Web.Text;

namespace Dashboard.Web.Security;

/// <summary>
/// Logs one structured line per request: method, path (no query string: it may carry user input), status and elapsed
/// milliseconds as separate fields, so logs can be filtered and aggregated without parsing text. The path is the
/// client's text (percent-decoded): it goes through <see cref="LogText"/>, so a request cannot forge log lines or
/// terminal colours.
/// </summary>
public sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        var failed = true;
        try
        {
            await next(context);
            failed = false;
        }
        finally
        {
            // An exception escaping here becomes a 500 further out, whatever the status said so far.
            var status = failed ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            LogRequest(logger, context.Request.Method, LogText.Escape(context.Request.Path.Value ?? "/"), status, Math.Round(elapsed, 1));
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs} ms")]
    private static partial void LogRequest(ILogger logger, string method, string path, int statusCode, double elapsedMs);
}
