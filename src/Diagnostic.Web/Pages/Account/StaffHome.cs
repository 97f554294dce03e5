using Diagnostic.Data.Accounts;

namespace Diagnostic.Web.Pages.Account;

/// <summary>Where a staff member lands after signing in without a return address.</summary>
public static class StaffHome
{
    public static string For(IEnumerable<string> roles) =>
        roles.Any(r => r is Roles.Admin or Roles.Organizer) ? "/admin"
        : roles.Contains(Roles.Committee) ? "/comite"
        : "/";
}
