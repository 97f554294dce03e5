using Diagnostic.Data.Accounts;
using Diagnostic.Web.Tests.Infrastructure;

namespace Diagnostic.Web.Tests.Exchange;

/// <summary>The signed-in organisatrice of the given collectes, as the exchange tests need her.</summary>
public static class Staff
{
    public static async Task<HttpClient> OrganizerAsync(this DiagnosticWebFactory factory, params string[] collecteCodes) =>
        (await factory.SignInAsAsync(Roles.Organizer, collecteCodes)).Client;
}
