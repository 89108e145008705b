using System.Text;

namespace Dashboard.Tests.Support;

/// <summary>One scripted answer: status, body, content type, headers, a delay before it, or a body that breaks off.</summary>
public sealed record FixtureResponse(int Status, byte[] Body, string ContentType = "application/json; charset=utf-8",
    IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default, bool Truncate = false)
{
    public FixtureResponse(int status, string body, string contentType = "application/json; charset=utf-8", IReadOnlyDictionary<string, string>? headers = null)
        : this(status, Encoding.UTF8.GetBytes(body), contentType, headers)
    {
    }

    public static FixtureResponse Json(string body, string? etag = null) =>
        new(200, body, headers: etag is null ? null : new Dictionary<string, string> { ["ETag"] = etag });

    public static FixtureResponse Csv(string body, string? etag = null) =>
        new(200, body, "text/csv; charset=utf-8", etag is null ? null : new Dictionary<string, string> { ["ETag"] = etag });

    public static FixtureResponse Empty(int status, IReadOnlyDictionary<string, string>? headers = null) => new(status, "", "text/plain", headers);
}
