using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Web.Admin;

/// <summary>Compares presented tokens with the configured one in constant time, and fingerprints it for cookies.</summary>
public static class AdminToken
{
    /// <summary>True when <paramref name="presented"/> equals <paramref name="configured"/>; timing does not depend on where they differ.</summary>
    public static bool Matches(string? presented, string? configured)
    {
        if (string.IsNullOrEmpty(presented) || string.IsNullOrEmpty(configured))
        {
            return false;
        }

        // Hashing first gives equal-length inputs, so FixedTimeEquals does not leak the token's length either.
        var a = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var b = SHA256.HashData(Encoding.UTF8.GetBytes(configured));
        return CryptographicOperations.FixedTimeEquals(a, b);
    }

    /// <summary>A short one-way fingerprint of the token, stored in the sign-in cookie so changing the token signs everyone out.</summary>
    public static string Fingerprint(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("geoai-admin-session:" + token)))[..16];
}
