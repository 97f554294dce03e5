using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data.Partners;

/// <summary>Issues, checks, claims and revokes the single-use codes of a partner collecte.</summary>
public sealed class PartnerInvitations(DiagnosticDbContext db, TimeProvider clock)
{
    /// <summary>One new code per organisation; the clear codes are returned once and never stored.</summary>
    public async Task<IReadOnlyList<IssuedInvitation>> IssueAsync(int collecteId, IReadOnlyCollection<int> organisationIds, CancellationToken ct)
    {
        var organisations = await db.PartnerOrganisations.Where(o => organisationIds.Contains(o.Id)).OrderBy(o => o.Name).ToListAsync(ct);
        var issued = new List<(PartnerInvitation Invitation, string Name, string Code)>();
        foreach (var organisation in organisations)
        {
            var code = InvitationCode.New();
            var invitation = new PartnerInvitation
            {
                CollecteId = collecteId,
                OrganisationId = organisation.Id,
                CodeHash = InvitationCode.Hash(collecteId, code),
                CreatedAt = clock.GetUtcNow(),
            };
            db.PartnerInvitations.Add(invitation);
            issued.Add((invitation, organisation.Name, code));
        }
        await db.SaveChangesAsync(ct);
        return issued.Select(i => new IssuedInvitation(i.Invitation.Id, i.Name, i.Code)).ToList();
    }

    /// <summary>The id of the usable invitation behind a typed code (known, not revoked, not used); null otherwise.</summary>
    public async Task<int?> FindUsableAsync(int collecteId, string? typed, CancellationToken ct)
    {
        var code = InvitationCode.Normalize(typed);
        if (code is null) return null;
        var hash = InvitationCode.Hash(collecteId, code);
        var invitation = await db.PartnerInvitations.AsNoTracking()
            .SingleOrDefaultAsync(i => i.CollecteId == collecteId && i.CodeHash == hash, ct);
        return invitation is { UsedAt: null, RevokedAt: null } ? invitation.Id : null;
    }

    public Task<bool> IsUsableAsync(int collecteId, int invitationId, CancellationToken ct) =>
        db.PartnerInvitations.AnyAsync(
            i => i.Id == invitationId && i.CollecteId == collecteId && i.UsedAt == null && i.RevokedAt == null, ct);

    /// <summary>
    /// Marks the invitation used, as one guarded UPDATE so two people typing the same code cannot both pass.
    /// True when this call used it.
    /// </summary>
    public async Task<bool> ClaimAsync(int collecteId, int invitationId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var changed = await db.PartnerInvitations
            .Where(i => i.Id == invitationId && i.CollecteId == collecteId && i.UsedAt == null && i.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.UsedAt, now), ct);
        return changed == 1;
    }

    /// <summary>Links the claimed invitation to the draft it started, so the organizer can see that it was answered.</summary>
    public Task LinkAsync(int invitationId, long responseId, CancellationToken ct) =>
        db.PartnerInvitations.Where(i => i.Id == invitationId)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.ResponseId, responseId), ct);

    /// <summary>Revokes an unused invitation of the collecte; false when there is none to revoke.</summary>
    public async Task<bool> RevokeAsync(int collecteId, int invitationId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await db.PartnerInvitations
            .Where(i => i.Id == invitationId && i.CollecteId == collecteId && i.UsedAt == null && i.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.RevokedAt, now), ct) == 1;
    }

    /// <summary>Every invitation of a collecte with its organisation and status, by organisation name.</summary>
    public async Task<List<InvitationSummary>> ListAsync(int collecteId, CancellationToken ct)
    {
        var rows = await db.PartnerInvitations.AsNoTracking()
            .Where(i => i.CollecteId == collecteId)
            .Select(i => new
            {
                i.Id, i.Organisation!.Name, i.CreatedAt, i.RevokedAt, i.UsedAt,
                Submitted = i.Response != null && i.Response.Status == ResponseStatus.Submitted,
            })
            .ToListAsync(ct);
        return rows
            .Select(r => new InvitationSummary(r.Id, r.Name, r.CreatedAt, StatusOf(r.RevokedAt, r.UsedAt, r.Submitted)))
            .OrderBy(r => r.Organisation, StringComparer.CurrentCulture)
            .ToList();
    }

    // Once retention has deleted the response, a used invitation reads as Started: its code stays spent.
    private static InvitationStatus StatusOf(DateTimeOffset? revokedAt, DateTimeOffset? usedAt, bool submitted) =>
        revokedAt is not null ? InvitationStatus.Revoked
        : usedAt is null ? InvitationStatus.NotUsed
        : submitted ? InvitationStatus.Answered
        : InvitationStatus.Started;
}
