using System.Net;
using System.Net.Http.Headers;
using Dashboard.Tests.Support;
using Dashboard.Web.Admin;

namespace Dashboard.Tests.Admin;

public sealed class AdminTokenRulesTests
{
    [Theory]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaa", "only 1 different character")]
    [InlineData("                        ", "only 1 different character")]
    [InlineData("abababababababababababab", "only 2 different characters")]
    [InlineData("passwordpassword1", "only 8 different characters")]
    [InlineData("0123012301230123", "only 4 different characters")]
    [InlineData(" leading-space-token-0123456789", "starts or ends with whitespace")]
    [InlineData("trailing-space-token-0123456789 ", "starts or ends with whitespace")]
    [InlineData("tab\tinside-the-token-0123456789", "control character")]
    public void Start_WeakToken_RefusesWithTheReason(string token, string reason)
    {
        using var factory = new AdminAppFactory(token: token);

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Admin:Token", ex.ToString(), StringComparison.Ordinal);
        Assert.Contains(reason, ex.ToString(), StringComparison.Ordinal);
        if (token.Trim().Length > 0)
        {
            Assert.DoesNotContain(token.Trim(), ex.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Tq7-mZ4x-Rb9w-Kc2v-Hn5p")]
    [InlineData("correct horse battery staple")]
    [InlineData("Zx9-Qm4_Lr7+Wt2/Kp5=")]
    public async Task Start_StrongToken_StartsAndAcceptsIt(string token)
    {
        using var factory = new AdminAppFactory(token: token);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [Theory]
    [InlineData("abcdefghi0abcdefghi0", "too predictable")]
    [InlineData("k3Jq9xVw2mZr7tLp", null)]
    [InlineData("abcdefghiabcdefghiab", "only 9 different characters")]
    [InlineData("short-but-varied", null)]
    [InlineData("short-varied", "at least 16 characters")]
    public void Problem_Token_NamesTheFirstRuleBroken(string token, string? expected)
    {
        var problem = AdminTokenRules.Problem(token);

        if (expected is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(expected, problem, StringComparison.Ordinal);
        }
    }
}
