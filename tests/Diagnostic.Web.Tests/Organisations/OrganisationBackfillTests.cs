using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Web.Tests.Organisations;

/// <summary>
/// The Organisations migration on a database written before it: free-text organisation names of comité members point
/// to the directory entry of the same name (any case), names the directory lacks become entries serving the comité's
/// territory, and the former réseaux « institutionnel » and « privé » are split. Runs on SQLite and on PostgreSQL.
/// </summary>
public sealed class OrganisationBackfillTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "diagnostic-backfill-" + Guid.NewGuid().ToString("N"));
    private readonly TestDatabase database;

    public OrganisationBackfillTests() => database = new TestDatabase(folder, "backfill.db");

    [Fact]
    public async Task Member_names_point_to_the_directory_leftovers_are_created_and_the_former_networks_are_split()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build();
        await using var services = new ServiceCollection().AddDiagnosticDatabase(configuration).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
        var migrations = db.Database.GetMigrations().ToList();
        var organisations = migrations.FindIndex(m => m.EndsWith("_Organisations", StringComparison.Ordinal));
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[organisations - 1]);
        foreach (var sql in new[]
        {
            """INSERT INTO "Territories" ("Id", "Code", "Name", "Level", "NeighbourhoodWord") VALUES (1, 'ville', 'Ville', 'city', 'quartier')""",
            """INSERT INTO "Comites" ("Id", "TerritoryId", "Name") VALUES (1, 1, 'Comité')""",
            """INSERT INTO "ComiteVoterTypes" ("Id", "ComiteId", "Code", "Name", "Order") VALUES (1, 1, 'sante', 'Santé', 1), (2, 1, 'citoyen', 'Citoyen', 2)""",
            """
            INSERT INTO "PartnerOrganisations" ("Name", "Network", "NeighbourhoodsServed", "CreatedAt") VALUES
                ('CISSS de la Mauricie', 'institutionnel', 'ville', '2026-01-01 00:00:00+00:00'),
                ('Ville de Trois-Rivières', 'institutionnel', '', '2026-01-01 00:00:00+00:00'),
                ('Centre de services scolaire', 'institutionnel', '', '2026-01-01 00:00:00+00:00'),
                ('Caisse populaire', 'prive', '', '2026-01-01 00:00:00+00:00')
            """,
            """
            INSERT INTO "ComiteMembers" ("Id", "ComiteId", "UserId", "DisplayName", "VoterTypeId", "OrganisationName") VALUES
                (1, 1, 'u1', 'Chloé', 1, 'cisss de la mauricie'), (2, 1, 'u2', 'Paul', 1, 'CLSC du Nord'),
                (3, 1, 'u3', 'Anne', 1, 'clsc du nord '), (4, 1, 'u4', 'Léa', 2, '')
            """,
        })
        {
            await db.Database.ExecuteSqlRawAsync(sql);
        }

        await migrator.MigrateAsync();

        var networks = await db.PartnerOrganisations.AsNoTracking().OrderBy(o => o.Id).Select(o => new { o.Name, o.Network, o.NeighbourhoodsServed }).ToListAsync();
        Assert.Equal(
            [("CISSS de la Mauricie", PartnerNetwork.Sante), ("Ville de Trois-Rivières", PartnerNetwork.Municipal),
             ("Centre de services scolaire", PartnerNetwork.Scolaire), ("Caisse populaire", PartnerNetwork.Economique), ("CLSC du Nord", PartnerNetwork.Sante)],
            networks.Select(o => (o.Name, o.Network)));
        Assert.Equal("ville", networks[^1].NeighbourhoodsServed);
        var members = await db.ComiteMembers.AsNoTracking().OrderBy(m => m.Id).Select(m => m.OrganisationId).ToListAsync();
        var ids = await db.PartnerOrganisations.ToDictionaryAsync(o => o.Name, o => (int?)o.Id);
        Assert.Equal([ids["CISSS de la Mauricie"], ids["CLSC du Nord"], ids["CLSC du Nord"], null], members);
        Assert.Equal(ComiteKind.Orientation, (await db.Comites.AsNoTracking().SingleAsync()).Kind);
    }

    public void Dispose()
    {
        database.Dispose();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
