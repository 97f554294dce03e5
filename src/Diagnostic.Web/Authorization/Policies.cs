using Diagnostic.Data.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Diagnostic.Web.Authorization;

/// <summary>The authorization policies, by who may pass.</summary>
public static class Policies
{
    /// <summary>admin or organisatrice: the organizer workspace /admin.</summary>
    public const string Organizer = "Organizer";

    /// <summary>admin, organisatrice or comite: the committee area /comite.</summary>
    public const string Committee = "Committee";

    /// <summary>admin only: accounts and the audit log.</summary>
    public const string Admin = "Admin";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Organizer, p => p.RequireRole(Roles.Admin, Roles.Organizer));
        options.AddPolicy(Committee, p => p.RequireRole(Roles.Admin, Roles.Organizer, Roles.Committee));
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
    }
}
