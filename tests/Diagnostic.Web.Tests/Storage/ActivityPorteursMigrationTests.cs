using Diagnostic.Data;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Web.Tests.Storage;

/// <summary>
/// The ActivityPorteurs migration over older rows: activités still naming their porteur as typed text point to the
/// directory entry of that name, a leftover name getting an entry of its own (PorteurBackfill), closed years included;
/// history copied by an earlier carry-forward is linked to the rows it repeats (CarriedHistoryBackfill).
/// </summary>
public sealed class ActivityPorteursMigrationTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "diagnostic-porteur-tests-" + Guid.NewGuid().ToString("N"));
    private readonly TestDatabase database;

    public ActivityPorteursMigrationTests() => database = new TestDatabase(folder, "porteurs.db");

    /// <summary>An empty list of codes as each provider stores it (a JSON array on SQLite, a text[] on PostgreSQL).</summary>
    private static string EmptyList => TestDatabase.IsPostgres ? "ARRAY[]::text[]" : "'[]'";

    private static readonly string Action = "INSERT INTO \"Actions\" (\"Id\", \"TargetId\", \"Order\", \"Title\", \"Objective\", \"Means\", \"Activities\", \"Resources\", \"LeadOrganisation\", \"LeadPartnerId\", \"StartDate\", \"DueDate\", \"Status\", \"Outcome\", \"InternalNote\", \"RequiresCitizens\", \"CarriedFromId\") VALUES ";

    private static readonly string Organisation = "INSERT INTO \"PartnerOrganisations\" (\"Id\", \"Name\", \"Network\", \"NeighbourhoodsServed\", \"CreatedAt\", \"ContactPerson\", \"ContactEmail\", \"ContactPhone\", \"ShareContact\") VALUES ";

    /// <summary>A closed year 2025-2026 with one cible, and an open year 2026-2027 with one, on a town's comité.</summary>
    private static readonly string[] Years =
    [
        "INSERT INTO \"Territories\" (\"Id\", \"Code\", \"Name\", \"Level\", \"NeighbourhoodWord\") VALUES (1, 'v', 'Ville', 'city', 'quartier')",
        "INSERT INTO \"Comites\" (\"Id\", \"TerritoryId\", \"Name\", \"Kind\", \"Mandate\") VALUES (1, 1, 'Comité', 'orientation', '')",
        "INSERT INTO \"ComiteCycles\" (\"Id\", \"ComiteId\", \"YearLabel\", \"Status\") VALUES (1, 1, '2025-2026', 'closed')",
        "INSERT INTO \"ComiteCycles\" (\"Id\", \"ComiteId\", \"YearLabel\", \"Status\") VALUES (2, 1, '2026-2027', 'open')",
        "INSERT INTO \"ChosenTargets\" (\"Id\", \"CycleId\", \"Order\", \"Wording\", \"Neighbourhoods\", \"Horizon\", \"DecidedAt\") VALUES (1, 1, 1, 'Cible', " + EmptyList + ", '', '2026-01-01 00:00:00+00:00')",
        "INSERT INTO \"ChosenTargets\" (\"Id\", \"CycleId\", \"Order\", \"Wording\", \"Neighbourhoods\", \"Horizon\", \"DecidedAt\", \"CarriedFromId\") VALUES (2, 2, 1, 'Cible', " + EmptyList + ", '', '2026-09-01 00:00:00+00:00', 1)",
    ];

    [Fact]
    public async Task Typed_porteurs_are_matched_by_name_any_case_and_leftovers_join_the_directory()
    {
        await using var services = await MigrateOverAsync(
        [
            .. Years,
            Organisation + "(5, 'Maison du Quartier', 'communautaire', 'v', '2025-01-01 00:00:00+00:00', '', '', '', FALSE)",
            Organisation + "(6, 'CLSC', 'sante', 'v', '2025-01-01 00:00:00+00:00', '', '', '', FALSE)",
            Action + "(1, 1, 1, 'Jardins', '', '', '', '', ' maison du quartier ', NULL, '2025-09-01', '2025-11-30', 'done', '', '', FALSE, NULL)",
            Action + "(2, 1, 2, 'Popote', '', '', '', '', 'Popote roulante', NULL, '2025-09-01', '2025-11-30', 'done', '', '', FALSE, NULL)",
            Action + "(3, 1, 3, 'Sans porteur', '', '', '', '', '', NULL, '2025-09-01', '2025-11-30', 'done', '', '', FALSE, NULL)",
            Action + "(4, 1, 4, 'Déjà liée', '', '', '', '', 'Ancien nom du CLSC', 6, '2025-09-01', '2025-11-30', 'done', '', '', FALSE, NULL)",
        ]);

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
        var actions = await db.Actions.AsNoTracking().Include(a => a.LeadPartner).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([(5, "Maison du Quartier"), (null, ""), (6, "CLSC")],
            actions.Where(a => a.Id != 2).Select(a => (a.LeadPartnerId, a.LeadOrganisation)));
        var popote = actions.Single(a => a.Id == 2).LeadPartner!;
        Assert.Equal(("Popote roulante", "v", Data.Entities.PartnerNetwork.Communautaire), (popote.Name, popote.NeighbourhoodsServed, popote.Network));
        Assert.Equal("Popote roulante", actions.Single(a => a.Id == 2).LeadOrganisation);
        Assert.Equal(3, await db.PartnerOrganisations.CountAsync());
    }

    [Fact]
    public async Task History_copied_by_an_earlier_carry_forward_is_linked_to_the_rows_it_repeats()
    {
        await using var services = await MigrateOverAsync(
        [
            .. Years,
            Organisation + "(5, 'Maison du Quartier', 'communautaire', 'v', '2025-01-01 00:00:00+00:00', '', '', '', FALSE)",
            Action + "(1, 1, 1, 'Café', '', '', '', '', '', NULL, '2025-09-01', '2026-05-31', 'inprogress', '', '', FALSE, NULL)",
            Action + "(10, 2, 1, 'Café', '', '', '', '', '', NULL, '2025-09-01', '2026-05-31', 'inprogress', '', '', FALSE, 1)",
            Action + "(11, 2, 2, 'Neuve', '', '', '', '', '', NULL, '2026-09-01', '2027-05-31', 'upcoming', '', '', FALSE, NULL)",
            "INSERT INTO \"ActionCommitments\" (\"Id\", \"ActionId\", \"PartnerName\", \"OrganisationId\", \"People\", \"Money\", \"Space\", \"ByCitizens\") VALUES (1, 1, 'Maison du Quartier', 5, 'Deux bénévoles', NULL, '', FALSE)",
            "INSERT INTO \"ActionCommitments\" (\"Id\", \"ActionId\", \"PartnerName\", \"OrganisationId\", \"People\", \"Money\", \"Space\", \"ByCitizens\") VALUES (2, 1, 'Voisins', NULL, 'Six', '150.00', '', TRUE)",
            "INSERT INTO \"ActionCommitments\" (\"Id\", \"ActionId\", \"PartnerName\", \"OrganisationId\", \"People\", \"Money\", \"Space\", \"ByCitizens\") VALUES (21, 10, 'Maison du Quartier', NULL, 'Deux bénévoles', NULL, '', FALSE)",
            "INSERT INTO \"ActionCommitments\" (\"Id\", \"ActionId\", \"PartnerName\", \"OrganisationId\", \"People\", \"Money\", \"Space\", \"ByCitizens\") VALUES (22, 10, 'Voisins', NULL, 'Six', '150.00', '', TRUE)",
            "INSERT INTO \"ActionCommitments\" (\"Id\", \"ActionId\", \"PartnerName\", \"OrganisationId\", \"People\", \"Money\", \"Space\", \"ByCitizens\") VALUES (23, 10, 'Nouveau venu', NULL, 'Un', NULL, '', FALSE)",
            "INSERT INTO \"ActionCommitments\" (\"Id\", \"ActionId\", \"PartnerName\", \"OrganisationId\", \"People\", \"Money\", \"Space\", \"ByCitizens\") VALUES (24, 11, 'Maison du Quartier', NULL, 'Deux bénévoles', NULL, '', FALSE)",
            "INSERT INTO \"ActionProgress\" (\"Id\", \"ActionId\", \"Date\", \"Text\", \"Author\", \"RecordedAt\") VALUES (1, 1, '2025-11-03', 'Douze personnes.', 'Marc', '2025-11-03 20:00:00+00:00')",
            "INSERT INTO \"ActionProgress\" (\"Id\", \"ActionId\", \"Date\", \"Text\", \"Author\", \"RecordedAt\") VALUES (31, 10, '2025-11-03', 'Douze personnes.', 'Marc', '2025-11-03 20:00:00+00:00')",
            "INSERT INTO \"ActionProgress\" (\"Id\", \"ActionId\", \"Date\", \"Text\", \"Author\", \"RecordedAt\") VALUES (32, 10, '2026-10-01', 'Reprise.', 'Marc', '2026-10-01 20:00:00+00:00')",
        ]);

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
        var commitments = await db.ActionCommitments.AsNoTracking().OrderBy(c => c.Id).ToDictionaryAsync(c => c.Id);
        Assert.Equal([(1, 5), (2, null), (null, null), (null, null)],
            new[] { 21, 22, 23, 24 }.Select(id => (commitments[id].CarriedFromId, commitments[id].OrganisationId)));
        // The closed year's rows are left as they were.
        Assert.Equal([(null, 5), (null, null)], new[] { 1, 2 }.Select(id => (commitments[id].CarriedFromId, commitments[id].OrganisationId)));
        var progress = await db.ActionProgress.AsNoTracking().OrderBy(p => p.Id).Select(p => p.CarriedFromId).ToListAsync();
        Assert.Equal([null, 1, null], progress);
    }

    /// <summary>A database at the migration before ActivityPorteurs, the rows written then, and the migrations applied over them.</summary>
    private async Task<ServiceProvider> MigrateOverAsync(string[] rows)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build();
        var services = new ServiceCollection().AddDiagnosticDatabase(configuration).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
        var migrations = db.Database.GetMigrations().ToList();
        var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
        await migrator.MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_ActivityPorteurs", StringComparison.Ordinal)) - 1]);
        foreach (var sql in rows)
            await db.Database.ExecuteSqlRawAsync(sql);
        await migrator.MigrateAsync();
        return services;
    }

    public void Dispose()
    {
        database.Dispose();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
