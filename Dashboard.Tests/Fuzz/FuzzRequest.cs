namespace Dashboard.Tests.Fuzz;

/// <summary>One generated request: method, relative URL (already percent-encoded), optional If-None-Match, expectation.</summary>
public sealed record FuzzRequest(string Method, string Url, string? IfNoneMatch, FuzzExpectation Expect)
{
    /// <summary>Predicted pixels rendered if this is a valid, not yet cached PNG/SVG request (0 otherwise).</summary>
    public long Pixels { get; init; }

    public override string ToString() => IfNoneMatch is null ? $"{Method} {Url}" : $"{Method} {Url} (If-None-Match: {IfNoneMatch})";
}
