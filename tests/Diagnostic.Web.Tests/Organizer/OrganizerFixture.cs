using Diagnostic.Data.Accounts;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Organizer;

/// <summary>Shared helpers for the organizer pages: the seeded collectes' ids and signed-in staff.</summary>
public static class OrganizerFixture
{
    public static Task<int> IdOfAsync(this DiagnosticWebFactory factory, string code) =>
        factory.WithDbAsync(db => db.Collectes.Where(s => s.PublicCode == code).Select(s => s.Id).SingleAsync());

    /// <summary>An organisatrice assigned to the open test collecte only.</summary>
    public static async Task<SignedInClient> OrganizerAsync(this DiagnosticWebFactory factory)
    {
        await factory.SeedAsync();
        return await factory.SignInAsAsync(Roles.Organizer, DiagnosticWebFactory.OpenCode);
    }

    /// <summary>Every organizer page of the open test collecte, by route.</summary>
    public static async Task<IReadOnlyList<string>> RoutesAsync(this DiagnosticWebFactory factory)
    {
        var id = await factory.IdOfAsync(DiagnosticWebFactory.OpenCode);
        return
        [
            "/admin/territoires", "/admin/territoires/edition", "/admin/territoires/importer",
            "/admin/collectes", "/admin/collectes/nouvelle", $"/admin/collectes/{id}", $"/admin/collectes/{id}/affiche",
            $"/admin/collectes/{id}/participation", $"/admin/collectes/{id}/papier", $"/admin/collectes/{id}/modifier",
        ];
    }
}
