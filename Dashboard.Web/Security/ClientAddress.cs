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
}
