using Diagnostic.Data.Comites;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Web.Tests.Storage;

/// <summary>Today's flat actions become activités, each under a moyen of its own (PlanMeansBackfill).</summary>
public sealed class PlanMeansBackfillTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "diagnostic-backfill-tests-" + Guid.NewGuid().ToString("N"));

    [Fact, Trait("Provider", "Sqlite")]
    public async Task An_action_from_before_moyens_becomes_activite_1_of_a_moyen_worded_by_its_means_and_keeps_its_history()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = folder }).Build();
        await using var services = new ServiceCollection().AddDiagnosticDatabase(configuration).BuildServiceProvider();
        await DiagnosticDatabase.MigrateAsync(services);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
            await ClosedYearGuard.DropAsync(db, default); // going down by hand: the guard's triggers would stop the rebuilds
            await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync("20261206135601_DataProtectionKeys");
            await db.Database.OpenConnectionAsync();
            foreach (var sql in new[]
            {
                "INSERT INTO Territories (Id, Code, Name, Level, NeighbourhoodWord) VALUES (1, 'v', 'Ville', 'city', 'quartier')",
                "INSERT INTO Comites (Id, TerritoryId, Name) VALUES (1, 1, 'Comité')",
                "INSERT INTO ComiteCycles (Id, ComiteId, YearLabel, Status) VALUES (1, 1, '2026-2027', 'open')",
                "INSERT INTO ChosenTargets (Id, CycleId, \"Order\", Wording, Neighbourhoods, Horizon, DecidedAt) VALUES (1, 1, 1, 'Cible', '[]', '', '2026-01-01 00:00:00+00:00')",
                "INSERT INTO Actions (Id, TargetId, \"Order\", Title, Objective, Means, Activities, Resources, LeadOrganisation, StartDate, DueDate, PeriodLabel, Status, Outcome, InternalNote) VALUES (7, 1, 2, 'Cuisine collective', '', 'Des ateliers du mardi', '', '', '', '2026-09-01', '2026-11-30', 'automne 2026', 'inprogress', '', '')",
                "INSERT INTO Actions (Id, TargetId, \"Order\", Title, Objective, Means, Activities, Resources, LeadOrganisation, StartDate, DueDate, Status, Outcome, InternalNote) VALUES (9, 1, 1, 'Journal', '', '', '', '', '', '2026-10-01', '2026-10-31', 'upcoming', '', '')",
                "INSERT INTO ActionCommitments (ActionId, PartnerName, People, Space) VALUES (7, 'CLSC', 'Une intervenante', '')",
            })
                await db.Database.ExecuteSqlRawAsync(sql);
        }

        await DiagnosticDatabase.MigrateAsync(services);

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
            var actions = await db.Actions.AsNoTracking().Include(a => a.PlanMeans).Include(a => a.Commitments).OrderBy(a => a.Id).ToListAsync();
            Assert.Equal([("Des ateliers du mardi", 2, 1), ("Journal", 1, 1)], actions.Select(a => (a.PlanMeans!.Wording, a.PlanMeans.Order, a.Order)));
            Assert.Equal((new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 30), "automne 2026"),
                (actions[0].PlanMeans!.StartDate, actions[0].PlanMeans!.DueDate, actions[0].PlanMeans!.PeriodLabel));
            Assert.Equal(("CLSC", Core.Plans.ActionStatus.InProgress), (actions[0].Commitments.Single().PartnerName, actions[0].Status));
            // A moyen added afterwards gets a fresh id.
            db.PlanMeans.Add(new PlanMeans { TargetId = 1, Order = 3, Wording = "Nouveau", StartDate = new(2027, 1, 1), DueDate = new(2027, 2, 1) });
            await db.SaveChangesAsync();
            Assert.Equal(3, await db.PlanMeans.CountAsync());
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
