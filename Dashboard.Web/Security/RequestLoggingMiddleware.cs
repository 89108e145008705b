using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Dashboard.Web.Security;

/// <summary>
/// Logs one structured line per request: method, path (no query string: it may carry user input), status and elapsed
/// milliseconds as separate fields, so logs can be filtered and aggregated without parsing text. The path is the
/// client's text (percent-decoded): control characters and line separators in it are escaped, so a request cannot
/// forge log lines or terminal colours.
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
            LogRequest(logger, context.Request.Method, EscapeForLog(context.Request.Path.Value ?? "/"), status, Math.Round(elapsed, 1));
        }
    }

    /// <summary>
    /// <paramref name="text"/> with control characters (C0, DEL, C1) and the Unicode line and paragraph separators
    /// written as <c>\uXXXX</c>, and backslashes doubled so an escape in the input cannot pass for one of ours.
    /// </summary>
    public static string EscapeForLog(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (!NeedsEscape(c))
            {
                sb.Append(c);
            }
            else if (c == '\\')
            {
                sb.Append(@"\\");
            }
            else
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return sb.ToString();
    }

    private static bool NeedsEscape(char c) => c == '\\' || char.IsControl(c) || c is '\u2028' or '\u2029';

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs} ms")]
    private static partial void LogRequest(ILogger logger, string method, string path, int statusCode, double elapsedMs);
}
