using Diagnostic.Data.Entities;
using Diagnostic.Web.Demo;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Comite;

/// <summary>The demo comité year (ComiteDemoSeeder) as the plan and bilan tests reach it.</summary>
internal static class ComiteDemo
{
    public static Task<ComiteCycle> CycleAsync(this DiagnosticWebFactory factory) =>
        factory.WithDbAsync(db => db.ComiteCycles.Include(c => c.Comite!).ThenInclude(c => c.Territory).SingleAsync(c => c.YearLabel == ComiteDemoSeeder.CycleYear));

    public static Task<PlanAction> FirstActionAsync(this DiagnosticWebFactory factory) =>
        factory.WithDbAsync(db => db.Actions.AsNoTracking().Include(a => a.Commitments).OrderBy(a => a.Id).FirstAsync());

    public static Task<List<PlanAction>> ActionsAsync(this DiagnosticWebFactory factory) =>
        factory.WithDbAsync(db => db.Actions.AsNoTracking().Where(a => a.Target!.Cycle!.YearLabel == ComiteDemoSeeder.CycleYear).OrderBy(a => a.Id).ToListAsync());

    /// <summary>Seats the account on the demo comité.</summary>
    public static Task JoinComiteAsync(this DiagnosticWebFactory factory, string userId) => factory.WithDbAsync(async db =>
    {
        // The first comité: the demo concertation (ConcertationDemoSeeder) adds a coordination comité and a cellule after it.
        var comite = await db.Comites.Include(c => c.VoterTypes).OrderBy(c => c.Id).FirstAsync();
        db.ComiteMembers.Add(new ComiteMember { ComiteId = comite.Id, UserId = userId, DisplayName = "Test", VoterTypeId = comite.VoterTypes[0].Id });
        return await db.SaveChangesAsync();
    });

    /// <summary>The action form's fields for <paramref name="action"/>, with overrides.</summary>
    public static (string, string)[] Form(PlanAction action, string? start = null, string? due = null, string? status = null) =>
    [
        ("Input.Title", action.Title), ("Input.Objective", action.Objective), ("Input.Means", action.Means),
        ("Input.Activities", action.Activities), ("Input.Resources", action.Resources), ("Input.LeadPartnerId", action.LeadPartnerId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        ("Input.Start", start ?? action.StartDate.ToString("yyyy-MM-dd")), ("Input.Due", due ?? action.DueDate.ToString("yyyy-MM-dd")),
        ("Input.PeriodLabel", action.PeriodLabel ?? ""), ("Input.Status", status ?? action.Status.ToString()),
        ("Input.Outcome", action.Outcome), ("Input.InternalNote", action.InternalNote),
    ];
}
