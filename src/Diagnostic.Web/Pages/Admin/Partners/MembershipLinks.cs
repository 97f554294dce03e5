using System.Security.Cryptography;
using System.Text;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Comite.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Admin.Partners;

/// <summary>
/// The single-use links of the membership form, and the withdrawal links of the contact-sharing consent. Only a
/// token's SHA-256 is stored, so a database copy opens no form; a membership link expires after <see cref="Lifetime"/>
/// and is refused once used.
/// </summary>
public sealed class MembershipLinks(DiagnosticDbContext db, Today today)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    /// <summary>A new link for the organisation (or a new one when null): the token, shown once.</summary>
    public async Task<string> IssueAsync(int? organisationId, CancellationToken cancellationToken)
    {
        var token = NewToken();
        db.MembershipInvitations.Add(new MembershipInvitation
        {
            OrganisationId = organisationId, TokenHash = Hash(token), CreatedAt = today.Now, ExpiresAt = today.Now + Lifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>The invitation the token opens: unused and not expired; null otherwise.</summary>
    public async Task<MembershipInvitation?> FindUsableAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return null;
        var hash = Hash(token);
        var now = today.Now;
        var invitation = await db.MembershipInvitations.Include(i => i.Organisation).SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        return invitation is { UsedAt: null } && invitation.ExpiresAt > now ? invitation : null;
    }

    /// <summary>
    /// Marks the link used, as one guarded UPDATE so two posts of the same link at once cannot both pass (the second
    /// finds it used). True when this call used it; the caller saves the card in the same transaction.
    /// </summary>
    public async Task<bool> ClaimAsync(int invitationId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.MembershipInvitations
            .Where(i => i.Id == invitationId && i.UsedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.UsedAt, now), cancellationToken) == 1;

    public Task<PartnerOrganisation?> FindByWithdrawTokenAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return Task.FromResult<PartnerOrganisation?>(null);
        var hash = Hash(token);
        return db.PartnerOrganisations.SingleOrDefaultAsync(o => o.WithdrawTokenHash == hash, cancellationToken);
    }

    /// <summary>Gives the organisation a new withdrawal token (the previous link stops working); the token, shown once.</summary>
    public static string NewWithdrawToken(PartnerOrganisation organisation)
    {
        var token = NewToken();
        organisation.WithdrawTokenHash = Hash(token);
        return token;
    }

    private static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
