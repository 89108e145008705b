using System.Net;

namespace Dashboard.Web.Security;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed (section "Proxy"). Empty
/// by default, loopback included: without a configured proxy the headers are ignored, so no client can pick its own
/// address (to dodge rate limits) or claim HTTPS. Behind a TLS proxy, list its address here.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>Proxy addresses, e.g. <c>127.0.0.1</c>, <c>::1</c>, <c>10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>10.0.0.0/8</c>, <c>fd00::/8</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>Entries that do not parse, named with their setting, for the start-up message.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var (entry, i) in KnownProxies.Select((e, i) => (e, i)))
        {
            if (!IPAddress.TryParse(entry.Trim(), out _))
            {
                yield return $"Proxy:KnownProxies:{i} '{entry}' is not an IP address (host names are not accepted).";
            }
        }

        foreach (var (entry, i) in KnownNetworks.Select((e, i) => (e, i)))
        {
            if (!entry.Contains('/', StringComparison.Ordinal) || !IPNetwork.TryParse(entry.Trim(), out _))
            {
                yield return $"Proxy:KnownNetworks:{i} '{entry}' is not a network in CIDR notation (e.g. 10.0.0.0/8).";
            }
        }
    }
}
