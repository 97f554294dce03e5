using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Pages.Comite.Seances;

/// <summary>What a séance's page and its printable compte-rendu show: attendance and decisions with what they concern.</summary>
public sealed record SeanceReport(
    IReadOnlyList<SeanceReport.Organisation> Present, IReadOnlyList<SeanceReport.Decision> Decisions, IReadOnlyList<string> Rounds)
{
    public sealed record Organisation(int Id, string Name);

    public sealed record Decision(string Text, string? Target, string? Action);

    public static async Task<SeanceReport> LoadAsync(DiagnosticDbContext db, SeanceScope scope, CancellationToken cancellationToken)
    {
        var id = scope.Seance.Id;
        var present = await db.SeanceAttendance.AsNoTracking().Where(a => a.SeanceId == id).OrderBy(a => a.Organisation!.Name)
            .Select(a => new Organisation(a.OrganisationId, a.Organisation!.Name)).ToListAsync(cancellationToken);
        var decisions = await db.SeanceDecisions.AsNoTracking().Where(d => d.SeanceId == id).OrderBy(d => d.Id)
            .Select(d => new Decision(d.Text, d.Target == null ? null : d.Target.Wording, d.Action == null ? null : d.Action.Title))
            .ToListAsync(cancellationToken);
        var rounds = await db.VotingRounds.AsNoTracking().Where(r => r.SeanceId == id).OrderBy(r => r.Id).Select(r => r.Title)
            .ToListAsync(cancellationToken);
        return new SeanceReport(present, decisions, rounds);
    }
}
