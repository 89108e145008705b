namespace Dashboard.Tests.Fuzz;

/// <summary>What a correct server answers to a generated request, where the generator can tell.</summary>
public enum FuzzExpectation
{
    /// <summary>Any status below 500 (the generator does not predict this one).</summary>
    Any,

    /// <summary>200: every parameter is valid and names something that exists.</summary>
    Ok,

    /// <summary>A 4xx: at least one parameter is invalid or names nothing.</summary>
    ClientError,

    /// <summary>304: valid, and sent with <c>If-None-Match: *</c>.</summary>
    NotModified,
}
