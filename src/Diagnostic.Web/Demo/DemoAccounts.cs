using System.Security.Cryptography;
using System.Text;
using Diagnostic.Data;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;

namespace Diagnostic.Web.Demo;

/// <summary>
/// One demo account per role, with fresh random passwords printed once in the console. These are demo
/// credentials on synthetic data, not personal data; they are only created together with the demo collectes.
/// </summary>
public sealed class DemoAccounts(StaffAccounts accounts, DiagnosticDbContext db, ILogger<DemoAccounts> logger)
{
    public const string AdminEmail = "admin@demo.local";
    public const string OrganizerEmail = "organisatrice@demo.local";
    public const string CommitteeEmail = "comite@demo.local";

    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task SeedAsync(IReadOnlyList<Collecte> collectes, CancellationToken cancellationToken)
    {
        var lines = new StringBuilder();
        foreach (var (email, role) in new[] { (AdminEmail, Roles.Admin), (OrganizerEmail, Roles.Organizer), (CommitteeEmail, Roles.Committee) })
        {
            var password = NewPassword();
            var result = await accounts.CreateAsync(email, password, role, AuditActor.System, cancellationToken);
            if (result.User is not { } user) throw new InvalidOperationException("Demo account not created: " + string.Join("; ", result.Errors));
            if (role != Roles.Admin)
            {
                db.CollecteOrganizers.AddRange(collectes.Select(c => new CollecteOrganizer { CollecteId = c.Id, UserId = user.Id }));
            }
            lines.Append($"\n    {role,-14} {email,-26} {password}");
        }
        await db.SaveChangesAsync(cancellationToken);
        logger.LogWarning(
            "\n==================== DEMO ====================\n  Demo accounts (shown once, sign in at /connexion):{Accounts}\n==============================================",
            lines.ToString());
    }

    /// <summary>16 characters from an alphabet without look-alikes (0/O, 1/l/I): about 92 bits.</summary>
    public static string NewPassword() => RandomNumberGenerator.GetString(Alphabet, 16);
}
