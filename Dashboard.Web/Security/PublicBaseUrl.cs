using Dashboard.Data.Import.Contract;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Security;

/// <summary>
/// The address written before site paths wherever an absolute one is needed (embed codes, permalinks in CITATIONS.md,
/// PNG text chunks and deck notes): <c>Site:PublicBaseUrl</c> when set (<see cref="SiteOptions"/>); else the request's
/// scheme and host, but only when <see cref="AllowedHostList"/> names that host and port (never through <c>*</c>);
/// else empty, so addresses stay site-relative. A <c>Host</c> header is the client's to choose: without this rule,
/// anyone could make the server sign a pack or an embed code with an address of their choosing.
/// </summary>
public sealed class PublicBaseUrl(IOptions<SiteOptions> site, AllowedHostList hosts)
{
    /// <summary>The configured base without a trailing slash, or "" when none is configured.</summary>
    public string Configured => Normalize(site.Value.PublicBaseUrl);

    /// <summary>The base for addresses written for <paramref name="request"/>: a configured URL, "scheme://host[:port]", or "".</summary>
    public string For(HttpRequest request) => Resolve(site.Value.PublicBaseUrl, hosts, request.Scheme, request.Host);

    public static string Resolve(string? publicBaseUrl, AllowedHostList hosts, string scheme, HostString host)
    {
        if (Normalize(publicBaseUrl) is { Length: > 0 } configured)
        {
            return configured;
        }

        return scheme is "http" or "https" && hosts.Names(host, scheme) ? scheme + "://" + host.ToUriComponent() : "";
    }

    /// <summary>True when <paramref name="value"/> is empty or an absolute http(s) URL without query, fragment, user info or characters that would break a link.</summary>
    public static bool IsValidSetting(string? value) =>
        string.IsNullOrWhiteSpace(value) ||
        (ContractTables.IsPlainHttpUrl(value.Trim()) && new Uri(value.Trim()) is { Query.Length: 0, Fragment.Length: 0, UserInfo.Length: 0 });

    private static string Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? "" : value.Trim().TrimEnd('/');
}
