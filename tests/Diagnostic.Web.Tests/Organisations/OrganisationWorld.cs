using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Comite;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Organisations;

/// <summary>
/// The comité world plus a directory: an organisation serving the test city (« Maison de quartier », shares its
/// contact), one serving a place outside it (« Groupe d'ailleurs »), and a séance of the other comité.
/// </summary>
public sealed record OrganisationWorld(ComiteWorld Comite, int LocalId, int ElsewhereId, int OtherComiteId, int OtherSeanceId)
{
    public DiagnosticWebFactory Factory => Comite.Factory;

    public static async Task<OrganisationWorld> CreateAsync(DiagnosticWebFactory factory)
    {
        var world = await ComiteWorld.CreateAsync(factory);
        var ids = await factory.WithDbAsync(async db =>
        {
            // Tests of a class share one database: the same two entries are found again and reset.
            var local = await db.PartnerOrganisations.SingleOrDefaultAsync(o => o.Name == "Maison de quartier")
                ?? db.PartnerOrganisations.Add(Organisation("Maison de quartier", "nord", PartnerNetwork.Communautaire)).Entity;
            (local.NeighbourhoodsServed, local.Network, local.ContactPerson, local.ContactEmail, local.ContactPhone, local.ShareContact) =
                ("nord", PartnerNetwork.Communautaire, "Rita Lemieux", "rita@maison.test", "", true);
            var elsewhere = await db.PartnerOrganisations.SingleOrDefaultAsync(o => o.Name == "Groupe d'ailleurs")
                ?? db.PartnerOrganisations.Add(Organisation("Groupe d'ailleurs", "ailleurs", PartnerNetwork.Communautaire)).Entity;
            var other = await db.Comites.OrderByDescending(c => c.Id).FirstAsync(c => c.Name == "Autre comité");
            var cycle = new ComiteCycle { ComiteId = other.Id, YearLabel = "2026-2027" };
            var seance = new Seance { Cycle = cycle, Date = new DateOnly(2026, 11, 5), Kind = SeanceKind.Comite, Title = "Séance de l'autre comité" };
            db.AddRange(cycle, seance);
            await db.SaveChangesAsync();
            return (local.Id, elsewhere.Id, other.Id, seance.Id);
        });
        return new OrganisationWorld(world, ids.Item1, ids.Item2, ids.Item3, ids.Item4);
    }

    public static PartnerOrganisation Organisation(string name, string served, PartnerNetwork network) => new()
    {
        Name = name, NeighbourhoodsServed = served, Network = network, CreatedAt = DateTimeOffset.UtcNow,
    };

    public string SeancePath => $"/comite/{Comite.ComiteId}/seances/{Comite.SeanceId}";
}
