using System.Globalization;
using System.Security.Claims;
using Diagnostic.Data;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Comite.Rounds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite.Cycles;

/// <summary>
/// What an organisatrice changes in a comité year: a séance, a voting round, the year's closing. Each method checks
/// its own rule and either saves or returns the reason in the reader's words, so the page only binds and renders.
/// A closed year never gets here (<see cref="ClosedYearFilter"/>).
/// </summary>
public sealed class CycleEditor(DiagnosticDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<ComiteText> strings)
{
    public async Task<string?> AddSeanceAsync(
        int cycleId, string? day, SeanceKind kind, string? title, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var wording = title?.Trim() ?? "";
        if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || wording.Length == 0)
            return strings["Cycle.SeanceInvalid"];
        var seance = db.Seances.Add(new Seance { CycleId = cycleId, Date = date, Kind = kind, Title = wording }).Entity;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(user, AuditActions.SeanceCreated, AuditTarget.Seance(seance.Id),
            string.Create(CultureInfo.InvariantCulture, $"cycle={cycleId};kind={kind.ToString().ToLowerInvariant()};date={date:yyyy-MM-dd}"), cancellationToken);
        return null;
    }

    /// <summary>
    /// The community the year focuses on (domain.md 5.0), one of the comité's territory, or none for the whole territory.
    /// </summary>
    public async Task<string?> SetFocusAsync(int cycleId, int? territoryId, CancellationToken cancellationToken)
    {
        var cycle = await db.ComiteCycles.Include(c => c.Comite).SingleAsync(c => c.Id == cycleId, cancellationToken);
        if (territoryId is { } id && !await db.Territories.AnyAsync(t => t.Id == id && t.ParentId == cycle.Comite!.TerritoryId, cancellationToken))
            return strings["Cycle.FocusInvalid"];
        cycle.FocusTerritoryId = territoryId;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>A round over every candidate of the year, in one of its séances; audited once saved (its id exists then).</summary>
    public async Task<string?> OpenRoundAsync(int cycleId, RoundForm form, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await db.Seances.AnyAsync(s => s.Id == form.SeanceId && s.CycleId == cycleId, cancellationToken))
            return strings["Cycle.RoundSeanceMissing"];
        var candidates = await db.CandidateTargets.Where(c => c.CycleId == cycleId).Select(c => c.Id).ToListAsync(cancellationToken);
        if (candidates.Count == 0) return strings["Cycle.RoundNoCandidate"];
        if (form.Problem(strings) is { } problem) return problem;
        var opened = form.ToRound(candidates, clock.GetUtcNow());
        db.VotingRounds.Add(opened);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(user, AuditActions.ComiteRoundOpened, AuditTarget.Round(opened.Id), RoundEditor.Details(opened), cancellationToken);
        return null;
    }

    /// <summary>Closes the year and any round still open in it, with one audit entry saying how many rounds.</summary>
    public async Task CloseAsync(ComiteCycle cycle, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        cycle.Status = ComiteCycleStatus.Closed;
        cycle.ClosedAt = clock.GetUtcNow();
        var closedRounds = await db.VotingRounds.Where(r => r.Seance!.CycleId == cycle.Id && r.Status == VotingRoundStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, VotingRoundStatus.Closed), cancellationToken);
        audit.Add(AuditActor.From(user), AuditActions.ComiteCycleClosed, AuditTarget.Cycle(cycle.Id),
            "open-rounds-closed=" + closedRounds.ToString(CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(cancellationToken);
    }
}
