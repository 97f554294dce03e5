using Diagnostic.Core.Comite;
using System.Security.Claims;
using Diagnostic.Data;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite;

/// <summary>
/// What an organisatrice creates: a comité, and in it a year, a voter type (seats: Members/SeatEditor). Each method checks its rule and either
/// saves or returns the reason in the reader's words, so the page only binds and renders.
/// </summary>
public sealed class ComiteEditor(
    DiagnosticDbContext db, IStringLocalizer<ComiteText> strings, AuditLog audit, IStringLocalizer<Organisations.ConcertationText> concertation)
{
    public const int MaxMandate = 4000;

    /// <summary>
    /// A comité's kind and mandate, edited after its creation (the mandate changes as the concertation does); audited with
    /// the kind and whether the mandate changed, never its words.
    /// </summary>
    public async Task<string?> EditAsync(int comiteId, ComiteKind kind, string? mandate, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var words = mandate?.Trim() ?? "";
        if (!Enum.IsDefined(kind)) return concertation["Comite.KindInvalid"];
        if (words.Length > MaxMandate) return concertation["Comite.MandateTooLong", Localization.Numbers.Current.Count(MaxMandate), Localization.Numbers.Current.Count(words.Length)];
        var comite = await db.Comites.SingleAsync(c => c.Id == comiteId, cancellationToken);
        var mandateChanged = comite.Mandate != words;
        if (comite.Kind == kind && !mandateChanged) return null;
        var before = comite.Kind;
        comite.Kind = kind;
        comite.Mandate = words;
        audit.Add(AuditActor.From(user), AuditActions.ComiteEdited, AuditTarget.Comite(comiteId),
            $"kind={Code(before)}->{Code(kind)};mandate-changed={(mandateChanged ? "yes" : "no")}");
        return await SavedAsync(cancellationToken);
    }

    private static string Code(ComiteKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>A comité of a territory (any level: a region, a town or one community), with the usual voter types.</summary>
    public async Task<(int? ComiteId, string? Refusal)> CreateAsync(
        string? name, int territoryId, ComiteKind kind, string? mandate, CancellationToken cancellationToken)
    {
        var words = name?.Trim() ?? "";
        if (words.Length == 0 || !Enum.IsDefined(kind) || !await db.Territories.AnyAsync(t => t.Id == territoryId, cancellationToken))
            return (null, strings["Index.CreateInvalid"]);
        var comite = new Data.Entities.Comite { Name = words, TerritoryId = territoryId, Kind = kind, Mandate = mandate?.Trim() ?? "" };
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

    private async Task<string?> SavedAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
