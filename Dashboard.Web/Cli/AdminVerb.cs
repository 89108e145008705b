using System.Buffers.Text;
using System.Security.Cryptography;
using Dashboard.Web.Admin;

namespace Dashboard.Web.Cli;

/// <summary>
/// <c>admin token</c>: prints a new random admin token (24 bytes from the system's cryptographic generator, base64url:
/// 32 characters, 192 bits) to put in <c>Admin__Token</c>. Nothing is stored; the app reads the token from its settings.
/// </summary>
public static class AdminVerb
{
    public static CliVerb Verb { get; } = new(
        "admin",
        "admin token",
        "Print a new strong random admin token (for Admin__Token or GEOAI_ADMIN_TOKEN); changes nothing.",
        Run);

    private static int Run(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        if (args.UnknownOptions().FirstOrDefault() is { } unknown)
        {
            return CliDispatcher.UsageError(Verb, stderr, $"unknown option --{unknown}");
        }

        if (args.Positional is not ["token"])
        {
            return CliDispatcher.UsageError(Verb, stderr, "the one admin command is 'token'");
        }

        stdout.WriteLine(NewToken());
        return ExitCodes.Ok;
    }

    /// <summary>A token that passes <see cref="AdminTokenRules"/> with a wide margin.</summary>
    public static string NewToken()
    {
        // 192 random bits can, very rarely, look like a pattern somewhere; draw again rather than print a refused one.
        while (true)
        {
            var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
            if (AdminTokenRules.Problem(token) is null)
            {
                return token;
            }
        }
    }
}
