using Diagnostic.Data.Accounts;
using Microsoft.Extensions.Options;

namespace Diagnostic.Web.Abuse;

/// <summary>Refuses to start with a limit that lets nothing through, a negative one, or a sign-in limit that lets one address lock an account.</summary>
public sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        var problems = new List<string>();
        foreach (var (setting, rule) in options.Rules)
        {
            var where = $"{RateLimitOptions.Section}:{setting}";
            if (rule.PerAddress < 1) problems.Add($"{where}:PerAddress must be at least 1 (it is {rule.PerAddress}).");
            if (rule.PerVisitor < 0) problems.Add($"{where}:PerVisitor must be 0 (no limit) or more (it is {rule.PerVisitor}).");
            if (rule.WindowSeconds < 1) problems.Add($"{where}:WindowSeconds must be at least 1 (it is {rule.WindowSeconds}).");
        }
        if (options.SignIn.PerAddress >= AccountRules.MaxFailedAttempts)
        {
            problems.Add($"{RateLimitOptions.Section}:SignIn:PerAddress must stay below the {AccountRules.MaxFailedAttempts} failed " +
                $"sign-ins that lock an account (it is {options.SignIn.PerAddress}), so that one address cannot lock anyone out.");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
