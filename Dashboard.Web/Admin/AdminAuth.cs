namespace Dashboard.Web.Admin;

/// <summary>Names of the admin authentication schemes, policy and cookie.</summary>
public static class AdminAuth
{
    /// <summary>Picks Bearer when an Authorization header is present, else the cookie.</summary>
    public const string Scheme = "Admin";

    public const string BearerScheme = "AdminBearer";

    public const string CookieScheme = "AdminCookie";

    public const string Policy = "Admin";

    public const string CookieName = "geoai_admin";

    public const string FingerprintClaim = "token_fingerprint";
}
