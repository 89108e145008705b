using System.Net;
using System.Net.Sockets;

namespace Dashboard.Web.Feeds;

/// <summary>
/// Connects feeds to public addresses only (against server-side request forgery): the host name is resolved here, every
/// private, loopback, link-local, shared, multicast or reserved address is dropped, and the socket connects to an
/// address that was checked (so a name cannot resolve to a public address for the check and a private one for the
/// connection). <see cref="FeedOptions.AllowPrivateAddresses"/> turns the check off, for tests on loopback only.
/// </summary>
public sealed class PublicAddressGuard(bool allowPrivate)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var endpoint = context.DnsEndPoint;
        var addresses = IPAddress.TryParse(endpoint.Host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(endpoint.Host, ct);
        var allowed = allowPrivate ? addresses : addresses.Where(IsPublic).ToArray();
        if (allowed.Length == 0)
        {
            throw new PrivateAddressException(
                $"{endpoint.Host} resolves to {string.Join(", ", addresses.Select(a => a.ToString()))}: no public address, so it is not fetched (feeds never reach private, loopback or link-local addresses)");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endpoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Whether an address is on the public internet (IPv4-mapped IPv6 judged as IPv4).</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)       // shared address space (carrier NAT)
                || (b[0] == 169 && b[1] == 254)                      // link-local (cloud metadata services)
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && (b[2] == 0 || b[2] == 2))
                || (b[0] == 198 && (b[1] == 18 || b[1] == 19))       // benchmarking
                || (b[0] == 198 && b[1] == 51 && b[2] == 100)
                || (b[0] == 203 && b[1] == 0 && b[2] == 113));
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        var v6 = address.GetAddressBytes();
        return !(IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal
            || address.IsIPv6Multicast || address.IsIPv6UniqueLocal || address.IsIPv4MappedToIPv6
            || (v6[0] == 0x20 && v6[1] == 0x01 && v6[2] == 0x0d && v6[3] == 0xb8)   // documentation
            || (v6[0] == 0x00 && v6[1] == 0x64 && v6[2] == 0xff && v6[3] == 0x9b)   // NAT64: an IPv4 address inside
            || (v6[0] == 0x20 && v6[1] == 0x02));                                   // 6to4: an IPv4 address inside
    }
}
