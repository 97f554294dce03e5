using Diagnostic.Data;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diagnostic.Web.Authorization;

/// <summary>Identity over the app's database, the sign-in cookie, the policies and page conventions, CollecteAccess and the audit log.</summary>
public static class AccountsFeature
{
    public const string CookieName = "Diagnostic.Auth";

    public static IServiceCollection AddAccountsFeature(this IServiceCollection services)
    {
        services.AddIdentity<DiagnosticUser, IdentityRole>(AccountRules.Configure)
            .AddEntityFrameworkStores<DiagnosticDbContext>()
            .AddErrorDescriber<LocalizedIdentityErrors>();
        services.ConfigureApplicationCookie(ConfigureCookie);
        // A lock or a role change takes effect on the very next request of a cookie already issued
        // (one indexed user lookup per staff request; citizens have no cookie to check).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddAuthorization(Policies.Add);
        // PostConfigure: AddRazorPages' own setup replaces the convention collection, whatever the registration order.
        services.PostConfigure<RazorPagesOptions>(o => AccessConventions.Apply(o.Conventions));
        services.AddScoped<CollecteAccess>();
        services.AddScoped<AuditLog>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<DemoAccounts>();
        services.AddScoped<Pages.Account.SignInTiming>();
        return services;
    }

    private static void ConfigureCookie(Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions options)
    {
        options.Cookie.Name = CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        // Secure whenever the request is HTTPS (always in production behind TLS); plain HTTP only on a developer machine.
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.LoginPath = AccessConventions.SignInPath;
        options.LogoutPath = AccessConventions.SignOutPath;
        options.AccessDeniedPath = AccessConventions.AccessDeniedPath;
        // A signed-in account without the role gets a plain 403 (rendered by the status page), not a redirect.
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }
}
