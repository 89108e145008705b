using System.Net;
using System.Net.Sockets;

namespace Dashboard.Web.Security;

/// <summary>
/// The key that rate limits and the admin sign-in throttle count a client under: its address (after forwarded headers
/// from configured proxies, see <see cref="ProxyOptions"/>), with IPv6 addresses grouped by their /64 network, since one
/// host usually holds a whole /64 and could otherwise step to a fresh address for every request.
/// </summary>
public static class ClientAddress
{
    public static string Key(HttpContext context) => Key(context.Connection.RemoteIpAddress);

    public static string Key(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    /// <summary>
    /// The network around <paramref name="address"/> that the sign-in throttle counts as one client once very many
    /// addresses fail: IPv4 /24, IPv6 /48 (a site's usual allocation, 65,536 /64s).
    /// </summary>
    public static string NetworkKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        var v6 = address.AddressFamily == AddressFamily.InterNetworkV6;
        Array.Clear(bytes, v6 ? 6 : 3, v6 ? 10 : 1);
        return new IPAddress(bytes) + (v6 ? "/48" : "/24");
    }
}
