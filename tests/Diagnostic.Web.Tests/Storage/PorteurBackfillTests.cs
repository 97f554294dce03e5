using Diagnostic.Data;
using Diagnostic.Data.Comites;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Web.Tests.Storage;

/// <summary>
/// Activités still naming their porteur as typed text point to the directory entry of that name, a leftover name
/// getting an entry of its own (PorteurBackfill), closed years included; linked rows keep their link.
/// </summary>
public sealed class PorteurBackfillTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "diagnostic-porteur-tests-" + Guid.NewGuid().ToString("N"));

    [Fact, Trait("Provider", "Sqlite")]
    public async Task Typed_porteurs_are_matched_by_name_any_case_and_leftovers_join_the_directory()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = folder }).Build();
        await using var services = new ServiceCollection().AddDiagnosticDatabase(configuration).BuildServiceProvider();
        await DiagnosticDatabase.MigrateAsync(services);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
            await ClosedYearGuard.DropAsync(db, default); // going down by hand: the guard's triggers would stop the rebuilds
            await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync("20261206180124_DemarchePlanCarryForward");
            await db.Database.OpenConnectionAsync();
            const string action = "INSERT INTO Actions (Id, TargetId, \"Order\", Title, Objective, Means, Activities, Resources, LeadOrganisation, LeadPartnerId, StartDate, DueDate, Status, Outcome, InternalNote, RequiresCitizens) VALUES ";
            foreach (var sql in new[]
            {
                "INSERT INTO Territories (Id, Code, Name, Level, NeighbourhoodWord) VALUES (1, 'v', 'Ville', 'city', 'quartier')",
                "INSERT INTO Comites (Id, TerritoryId, Name, Kind, Mandate) VALUES (1, 1, 'Comité', 'orientation', '')",
                "INSERT INTO ComiteCycles (Id, ComiteId, YearLabel, Status) VALUES (1, 1, '2025-2026', 'closed')",
                "INSERT INTO ChosenTargets (Id, CycleId, \"Order\", Wording, Neighbourhoods, Horizon, DecidedAt) VALUES (1, 1, 1, 'Cible', '[]', '', '2026-01-01 00:00:00+00:00')",
                "INSERT INTO PartnerOrganisations (Id, Name, Network, NeighbourhoodsServed, CreatedAt, ContactPerson, ContactEmail, ContactPhone, ShareContact) VALUES (5, 'Maison du Quartier', 'communautaire', 'v', '2025-01-01 00:00:00+00:00', '', '', '', 0)",
                "INSERT INTO PartnerOrganisations (Id, Name, Network, NeighbourhoodsServed, CreatedAt, ContactPerson, ContactEmail, ContactPhone, ShareContact) VALUES (6, 'CLSC', 'sante', 'v', '2025-01-01 00:00:00+00:00', '', '', '', 0)",
                action + "(1, 1, 1, 'Jardins', '', '', '', '', ' maison du quartier ', NULL, '2025-09-01', '2025-11-30', 'done', '', '', 0)",
                action + "(2, 1, 2, 'Popote', '', '', '', '', 'Popote roulante', NULL, '2025-09-01', '2025-11-30', 'done', '', '', 0)",
                action + "(3, 1, 3, 'Sans porteur', '', '', '', '', '', NULL, '2025-09-01', '2025-11-30', 'done', '', '', 0)",
                action + "(4, 1, 4, 'Déjà liée', '', '', '', '', 'Ancien nom du CLSC', 6, '2025-09-01', '2025-11-30', 'done', '', '', 0)",
            })
                await db.Database.ExecuteSqlRawAsync(sql);
        }

        await DiagnosticDatabase.MigrateAsync(services);

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
            var actions = await db.Actions.AsNoTracking().Include(a => a.LeadPartner).OrderBy(a => a.Id).ToListAsync();
            Assert.Equal([(5, "Maison du Quartier"), (null, ""), (6, "CLSC")],
                actions.Where(a => a.Id != 2).Select(a => (a.LeadPartnerId, a.LeadOrganisation)));
            var popote = actions.Single(a => a.Id == 2).LeadPartner!;
            Assert.Equal(("Popote roulante", "v", Data.Entities.PartnerNetwork.Communautaire), (popote.Name, popote.NeighbourhoodsServed, popote.Network));
            Assert.Equal("Popote roulante", actions.Single(a => a.Id == 2).LeadOrganisation);
            Assert.Equal(3, await db.PartnerOrganisations.CountAsync());
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
