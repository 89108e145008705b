using Microsoft.Extensions.Options;

namespace Dashboard.Web.Admin;

/// <summary>Refuses to start with a weak admin token or impossible limits; each message says what to change.</summary>
public sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    public const string Advice = " Use a random secret, e.g. from `openssl rand -base64 24`. The app does not start with this token.";

    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        var problems = new List<string>();
        if (options.Enabled && AdminTokenRules.Problem(options.Token!) is { } weak)
        {
            problems.Add(weak + Advice);
        }

        if (options.MaxUploadBytes <= 0)
        {
            problems.Add("Admin:MaxUploadBytes must be positive.");
        }

        if (options.SessionHours <= 0)
        {
            problems.Add("Admin:SessionHours must be positive.");
        }

        var t = options.Throttle;
        if (t.FreeFailures < 1 || t.FirstLockoutSeconds < 1 || t.MaxLockoutSeconds < t.FirstLockoutSeconds || t.ForgetAfterMinutes < 1)
        {
            problems.Add("Admin:Throttle needs FreeFailures ≥ 1, FirstLockoutSeconds ≥ 1, MaxLockoutSeconds ≥ FirstLockoutSeconds and ForgetAfterMinutes ≥ 1.");
        }

        if (t.GlobalFailures < 1 || t.GlobalWindowSeconds < 1 || t.GlobalCoolDownSeconds < 1 || t.AggregateAfter < 1)
        {
            problems.Add("Admin:Throttle needs GlobalFailures, GlobalWindowSeconds, GlobalCoolDownSeconds and AggregateAfter ≥ 1.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
