using System.Globalization;
using System.Security.Claims;
using Diagnostic.Data;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Answer;
using Diagnostic.Web.Pages.Comite.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite.Seances;

/// <summary>
/// Writes a séance's agenda, minutes, attendance and decisions. Every method checks that the séance is one of the
/// comité named by the page (an attendance or decision keyed on another comité's séance is refused, with the reason)
/// and refuses a bad field by name; a refused form stores nothing.
/// </summary>
public sealed class SeanceEditor(DiagnosticDbContext db, AuditLog audit, IStringLocalizer<ConcertationText> messages)
{
    public const int MaxCitizenCount = 100_000;

    public async Task<IReadOnlyList<FieldError>> SaveDetailsAsync(
        int comiteId, Seance seance, SeanceInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await OtherComiteAsync(comiteId, seance, "Input_Agenda", cancellationToken) is { } refused) return [refused];
        if (input.CitizenCount is < 0 or > MaxCitizenCount)
            return [new FieldError("Input_CitizenCount", messages["Seance.CitizenCountInvalid", MaxCitizenCount])];
        var (agenda, minutes) = (input.Agenda?.Trim() ?? "", input.Minutes?.Trim() ?? "");
        // What changed, never the words: the minutes are the comité's.
        var details = string.Create(CultureInfo.InvariantCulture,
            $"agenda-changed={YesNo(agenda != seance.Agenda)};minutes-changed={YesNo(minutes != seance.Notes)};citizens={Count(input.CitizenCount)}");
        seance.Agenda = agenda;
        seance.Notes = minutes;
        seance.CitizenCount = input.CitizenCount;
        audit.Add(AuditActor.From(user), AuditActions.SeanceDetailsSaved, AuditTarget.Seance(seance.Id), details);
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Replaces the organisations present with the ones ticked, and the citizens' head count.</summary>
    public async Task<IReadOnlyList<FieldError>> SaveAttendanceAsync(
        int comiteId, Seance seance, IReadOnlyList<int> organisationIds, int? citizenCount, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await OtherComiteAsync(comiteId, seance, "attendance", cancellationToken) is { } refused) return [refused];
        var wanted = organisationIds.Distinct().ToList();
        var known = await db.PartnerOrganisations.Where(o => wanted.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken);
        if (known.Count != wanted.Count) return [new FieldError("attendance", messages["Attendance.OrganisationUnknown"])];
        if (citizenCount is < 0 or > MaxCitizenCount)
            return [new FieldError("CitizenCount", messages["Seance.CitizenCountInvalid", MaxCitizenCount])];
        db.SeanceAttendance.RemoveRange(await db.SeanceAttendance.Where(a => a.SeanceId == seance.Id).ToListAsync(cancellationToken));
        db.SeanceAttendance.AddRange(wanted.Select(id => new SeanceAttendance { SeanceId = seance.Id, OrganisationId = id }));
        seance.CitizenCount = citizenCount;
        audit.Add(AuditActor.From(user), AuditActions.SeanceAttendanceSaved, AuditTarget.Seance(seance.Id),
            string.Create(CultureInfo.InvariantCulture, $"organisations={wanted.Count};citizens={Count(citizenCount)}"));
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>A decision, linked to a cible of this comité and/or an action under one.</summary>
    public async Task<IReadOnlyList<FieldError>> AddDecisionAsync(
        int comiteId, Seance seance, DecisionInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await OtherComiteAsync(comiteId, seance, "Decision_Text", cancellationToken) is { } refused) return [refused];
        var errors = new List<FieldError>();
        var decision = input.Text?.Trim() ?? "";
        if (decision.Length == 0) errors.Add(new FieldError("Decision_Text", messages["Decision.TextRequired"]));
        if (input.TargetId is { } targetId && !await db.ChosenTargets.AnyAsync(t => t.Id == targetId && t.Cycle!.ComiteId == comiteId, cancellationToken))
            errors.Add(new FieldError("Decision_TargetId", messages["Decision.TargetUnknown"]));
        if (input.ActionId is { } actionId && !await db.Actions.AnyAsync(a => a.Id == actionId && a.Target!.Cycle!.ComiteId == comiteId, cancellationToken))
            errors.Add(new FieldError("Decision_ActionId", messages["Decision.ActionUnknown"]));
        if (errors.Count > 0) return errors;
        var added = db.SeanceDecisions.Add(new SeanceDecision { SeanceId = seance.Id, Text = decision, TargetId = input.TargetId, ActionId = input.ActionId }).Entity;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(user, AuditActions.SeanceDecisionAdded, AuditTarget.Seance(seance.Id),
            string.Create(CultureInfo.InvariantCulture, $"decision={added.Id};target={Count(input.TargetId)};action={Count(input.ActionId)}"), cancellationToken);
        return [];
    }

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Count(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "none";

    private async Task<FieldError?> OtherComiteAsync(int comiteId, Seance seance, string field, CancellationToken cancellationToken)
    {
        var owner = await db.ComiteCycles.Where(c => c.Id == seance.CycleId).Select(c => new { c.ComiteId, c.Comite!.Name }).SingleAsync(cancellationToken);
        return owner.ComiteId == comiteId ? null : new FieldError(field, messages["Seance.OtherComite", seance.Title, owner.Name]);
    }
}
