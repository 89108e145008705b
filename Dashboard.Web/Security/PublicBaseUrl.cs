using Dashboard.Data.Import.Contract;
using Dashboard.Web.Export;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Security;

/// <summary>
/// The address written before permalinks in files (CITATIONS.md, PNG text chunks): <c>Export:PublicBaseUrl</c> when
/// set; else the request's scheme and host, but only when the host is listed in <c>AllowedHosts</c> (a wildcard
/// <c>*</c> lists nothing); else empty, so permalinks stay site-relative. A <c>Host</c> header is the client's to
/// choose: without this rule, anyone could make the server sign a pack with links to their own site.
/// </summary>
public sealed class PublicBaseUrl(IOptions<ExportOptions> export, IConfiguration configuration)
{
    private readonly string _allowedHosts = configuration["AllowedHosts"] ?? "";

    /// <summary>The base for permalinks in files made for <paramref name="request"/>: "https://host[:port]", a configured URL, or "".</summary>
    public string For(HttpRequest request) => Resolve(export.Value.PublicBaseUrl, _allowedHosts, request.Scheme, request.Host);

    public static string Resolve(string? publicBaseUrl, string allowedHosts, string scheme, HostString host)
    {
        if (!string.IsNullOrWhiteSpace(publicBaseUrl))
        {
            return publicBaseUrl.Trim().TrimEnd('/');
        }

        return host.HasValue && IsListed(host.Host, allowedHosts) && scheme is "http" or "https"
            ? scheme + "://" + host.ToUriComponent()
            : "";
    }

    /// <summary>True when <paramref name="value"/> is empty or an absolute http(s) URL without query, fragment, user info or characters that would break a link.</summary>
    public static bool IsValidSetting(string? value) =>
        string.IsNullOrWhiteSpace(value) ||
        (ContractTables.IsPlainHttpUrl(value.Trim()) && new Uri(value.Trim()) is { Query.Length: 0, Fragment.Length: 0, UserInfo.Length: 0 });

    /// <summary>Host matching as ASP.NET's host filtering does it: exact (case-insensitive), or <c>*.example.org</c> for its subdomains.</summary>
    private static bool IsListed(string host, string allowedHosts)
    {
        foreach (var entry in allowedHosts.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (entry == "*")
            {
                continue;
            }

            var bare = entry.StartsWith('[') ? entry : entry.Split(':')[0];
            if (bare.StartsWith("*.", StringComparison.Ordinal)
                    ? host.EndsWith(bare[1..], StringComparison.OrdinalIgnoreCase) && host.Length > bare.Length - 1
                    : string.Equals(host, bare, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
