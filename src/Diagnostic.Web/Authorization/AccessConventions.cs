using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Diagnostic.Web.Authorization;

/// <summary>
/// Who may open which folder of pages. A page added under one of these folders is protected without an attribute;
/// the authorization matrix test fails for a page whose address has no rule.
/// </summary>
public static class AccessConventions
{
    public const string SignInPath = "/connexion";
    public const string SignOutPath = "/deconnexion";
    public const string AccessDeniedPath = "/erreur/403";

    public static void Apply(PageConventionCollection conventions)
    {
        conventions.AuthorizeFolder("/Admin", Policies.Organizer);
        conventions.AuthorizeFolder("/Admin/Users", Policies.Admin);
        conventions.AuthorizeFolder("/Admin/Audit", Policies.Admin);
        conventions.AuthorizeFolder("/Comite", Policies.Committee);
        conventions.AuthorizeFolder("/Demarche", Policies.Committee);
        // Any signed-in account may change its own password.
        conventions.AuthorizePage("/Account/ChangePassword");
    }
}
