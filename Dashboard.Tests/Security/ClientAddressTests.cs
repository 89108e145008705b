using System.Net;
using Dashboard.Web.Security;

namespace Dashboard.Tests.Security;

public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("203.0.113.5", "203.0.113.5")]
    [InlineData("::ffff:203.0.113.5", "203.0.113.5")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    [InlineData("::1", "::/64")]
    public void Key_Address_IsTheAddressOrItsIPv6Slash64(string address, string expected) =>
        Assert.Equal(expected, ClientAddress.Key(IPAddress.Parse(address)));

    [Fact]
    public void Key_NoAddress_IsOneSharedKey() =>
        Assert.Equal("unknown", ClientAddress.Key((IPAddress?)null));

    [Theory]
    [InlineData("203.0.113.5", "203.0.113.0/24")]
    [InlineData("::ffff:203.0.113.250", "203.0.113.0/24")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1::/48")]
    [InlineData("2001:db8:1:ffff::1", "2001:db8:1::/48")]
    [InlineData("2001:db8:2::1", "2001:db8:2::/48")]
    public void NetworkKey_Address_IsItsIPv4Slash24OrIPv6Slash48(string address, string expected) =>
        Assert.Equal(expected, ClientAddress.NetworkKey(IPAddress.Parse(address)));
}
