namespace Dashboard.Web.Admin;

/// <summary>
/// Admin access and upload limits (section "Admin"; the token also from the environment variable
/// <c>Admin__Token</c> or <c>GEOAI_ADMIN_TOKEN</c>). Without a token, admin features are off.
/// </summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    public const string TokenEnvironmentVariable = "GEOAI_ADMIN_TOKEN";

    /// <summary>Tokens shorter than this are refused at start-up: they would be guessable.</summary>
    public const int MinTokenLength = 16;

    /// <summary>Tokens with fewer different characters are refused at start-up ("aaaa…", "abab…", "1234…1234").</summary>
    public const int MinDistinctCharacters = 10;

    /// <summary>Tokens worth fewer bits by <see cref="AdminTokenRules.EstimatedBits"/> are refused at start-up (16 random letters and digits: about 95).</summary>
    public const int MinTokenBits = 64;

    /// <summary>The shared admin secret; null or empty turns admin features off.</summary>
    public string? Token { get; set; }

    /// <summary>Largest accepted upload, in bytes. Default 50 MB.</summary>
    public long MaxUploadBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>How much of an uploaded .xlsx an analysis reads before refusing it (sheet bytes, cells, shared strings).</summary>
    public Dashboard.Data.Import.Tables.XlsxBudget XlsxBudget { get; set; } = new();

    /// <summary>How long a signed-in browser stays signed in.</summary>
    public int SessionHours { get; set; } = 8;

    /// <summary>Lockouts after failed sign-ins and Bearer attempts, per client address.</summary>
    public SignInThrottleOptions Throttle { get; set; } = new();

    public bool Enabled => !string.IsNullOrEmpty(Token);
}
