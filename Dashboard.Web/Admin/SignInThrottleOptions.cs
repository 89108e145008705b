namespace Dashboard.Web.Admin;

/// <summary>
/// How failed admin sign-ins and Bearer attempts are throttled (section "Admin:Throttle"). Per client address: the
/// first <see cref="FreeFailures"/> − 1 failures cost nothing; the <see cref="FreeFailures"/>th locks the address out
/// for <see cref="FirstLockoutSeconds"/>, and every further failure doubles that, up to <see cref="MaxLockoutSeconds"/>.
/// For all clients together: <see cref="GlobalFailures"/> (see <see cref="SignInThrottle"/>).
/// </summary>
public sealed class SignInThrottleOptions
{
    /// <summary>Failures allowed before the first lockout (a few typos).</summary>
    public int FreeFailures { get; set; } = 5;

    public int FirstLockoutSeconds { get; set; } = 2;

    /// <summary>The longest lockout: 15 minutes, so at most a handful of guesses an hour get through.</summary>
    public int MaxLockoutSeconds { get; set; } = 900;

    /// <summary>An address without a failure for this long starts counting from zero again.</summary>
    public int ForgetAfterMinutes { get; set; } = 60;

    /// <summary>
    /// Wrong tokens from all clients together within <see cref="GlobalWindowSeconds"/> that start the global cool-down:
    /// then every sign-in and Bearer check answers 429 for <see cref="GlobalCoolDownSeconds"/> (sessions keep working).
    /// </summary>
    public int GlobalFailures { get; set; } = 100;

    public int GlobalWindowSeconds { get; set; } = 60;

    public int GlobalCoolDownSeconds { get; set; } = 600;

    /// <summary>Addresses kept on record one by one; beyond this, a newly failing address counts under its network (IPv4 /24, IPv6 /48).</summary>
    public int AggregateAfter { get; set; } = 1000;
}
