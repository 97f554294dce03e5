using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Data.Accounts;

/// <summary>
/// Password, lockout and user rules shared by the web app and the CLI, so an account created on the command line
/// obeys the same policy as one created in the browser.
/// </summary>
public static class AccountRules
{
    public const int MinPasswordLength = 10;
    /// <summary>
    /// Failed sign-ins that lock an account, for a short while. Above the web's per-address sign-in limit
    /// (RateLimits:SignIn, checked at start), so only many addresses together can reach it, and a lockout they
    /// cause ends by itself within minutes.
    /// </summary>
    public const int MaxFailedAttempts = 10;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(5);

    public static void Configure(IdentityOptions options)
    {
        // Length over composition rules (NIST SP 800-63B): long passphrases are easier to remember and harder to guess.
        options.Password.RequiredLength = MinPasswordLength;
        options.Password.RequiredUniqueChars = 5;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }

    /// <summary>Identity without cookies or sign-in: user and role managers over the EF stores, for the CLI.</summary>
    public static IServiceCollection AddDiagnosticIdentityCore(this IServiceCollection services)
    {
        services.AddIdentityCore<DiagnosticUser>(Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<DiagnosticDbContext>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<Audit.AuditLog>();
        return services;
    }
}
