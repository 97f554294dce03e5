using Diagnostic.Core.Comite;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite;

/// <summary>
/// What an organisatrice creates: a comité, and in it a year, a voter type, a member. Each method checks its rule and either
/// saves or returns the reason in the reader's words, so the page only binds and renders.
/// </summary>
public sealed class ComiteEditor(DiagnosticDbContext db, MemberDirectory directory, IStringLocalizer<ComiteText> strings)
{
    /// <summary>A comité of a territory (any level: a region, a town or one community), with the usual voter types.</summary>
    public async Task<(int? ComiteId, string? Refusal)> CreateAsync(string? name, int territoryId, CancellationToken cancellationToken)
    {
        var words = name?.Trim() ?? "";
        if (words.Length == 0 || !await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken))
            return (null, strings["Index.CreateInvalid"]);
        var comite = new Data.Entities.Comite { Name = words, TerritoryId = territoryId };
        comite.VoterTypes.AddRange(VoterTypeDefaults.All.Select((t, i) => new ComiteVoterType { Code = t.Code, Name = t.French, Order = i + 1 }));
        db.Comites.Add(comite);
        await db.SaveChangesAsync(cancellationToken);
        return (comite.Id, null);
    }

    public async Task<string?> AddCycleAsync(int comiteId, string? yearLabel, CancellationToken cancellationToken)
    {
        var label = yearLabel?.Trim() ?? "";
        if (!CycleYear.IsValid(label)) return strings["Details.YearInvalid"];
        if (await db.ComiteCycles.AnyAsync(c => c.ComiteId == comiteId && c.YearLabel == label, cancellationToken))
            return strings["Details.YearExists"];
        db.ComiteCycles.Add(new ComiteCycle { ComiteId = comiteId, YearLabel = label, Status = ComiteCycleStatus.Open });
        return await SavedAsync(cancellationToken);
    }

    public async Task<string?> AddVoterTypeAsync(int comiteId, string? code, string? name, CancellationToken cancellationToken)
    {
        var key = code?.Trim().ToLowerInvariant() ?? "";
        var words = name?.Trim() ?? "";
        if (key.Length == 0 || words.Length == 0) return strings["Details.VoterTypeInvalid"];
        if (await db.ComiteVoterTypes.AnyAsync(t => t.ComiteId == comiteId && t.Code == key, cancellationToken))
            return strings["Details.VoterTypeExists"];
        var order = await db.ComiteVoterTypes.Where(t => t.ComiteId == comiteId).MaxAsync(t => (int?)t.Order, cancellationToken) ?? 0;
        db.ComiteVoterTypes.Add(new ComiteVoterType { ComiteId = comiteId, Code = key, Name = words, Order = order + 1 });
        return await SavedAsync(cancellationToken);
    }

    /// <summary>A comité account joins with a voter type of this comité; shown by name (or email) and organisation.</summary>
    public async Task<string?> AddMemberAsync(
        int comiteId, string? email, string? name, string? organisation, int voterTypeId, CancellationToken cancellationToken)
    {
        var userId = await directory.FindCommitteeUserAsync(email, cancellationToken);
        if (userId is null) return strings["Details.MemberUnknown"];
        if (!await db.ComiteVoterTypes.AnyAsync(t => t.ComiteId == comiteId && t.Id == voterTypeId, cancellationToken))
            return strings["Details.VoterTypeInvalid"];
        if (await db.ComiteMembers.AnyAsync(m => m.ComiteId == comiteId && m.UserId == userId, cancellationToken))
            return strings["Details.MemberExists"];
        db.ComiteMembers.Add(new ComiteMember
        {
            ComiteId = comiteId,
            UserId = userId,
            DisplayName = string.IsNullOrWhiteSpace(name) ? email!.Trim() : name.Trim(),
            OrganisationName = organisation?.Trim() ?? "",
            VoterTypeId = voterTypeId,
        });
        return await SavedAsync(cancellationToken);
    }

    private async Task<string?> SavedAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
