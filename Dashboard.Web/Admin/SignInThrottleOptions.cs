namespace Dashboard.Web.Admin;

/// <summary>
/// How failed admin sign-ins and Bearer attempts are throttled per client address (section "Admin:Throttle"): the first
/// <see cref="FreeFailures"/> − 1 failures cost nothing; the <see cref="FreeFailures"/>th locks the address out for
/// <see cref="FirstLockoutSeconds"/>, and every further failure doubles that, up to <see cref="MaxLockoutSeconds"/>.
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
}
