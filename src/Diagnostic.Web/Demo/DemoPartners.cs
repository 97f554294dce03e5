using System.Text;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Partners;

namespace Diagnostic.Web.Demo;

/// <summary>
/// Demo organisations of the partners' directory and one invitation code each for /s/demo-partenaires, printed once
/// in the console: a partner collecte asks for a code before consent.
/// </summary>
public static class DemoPartners
{
    private static readonly (string Name, PartnerNetwork Network, string Sector)[] Organisations =
    [
        ("Corporation de développement communautaire (démo)", PartnerNetwork.Communautaire, "Développement social"),
        ("CLSC du secteur (démo)", PartnerNetwork.Sante, "Santé et services sociaux"),
        ("Centre de services scolaire (démo)", PartnerNetwork.Scolaire, "Éducation"),
        ("Service des loisirs de la Ville (démo)", PartnerNetwork.Municipal, "Loisirs et culture"),
        ("Fondation communautaire (démo)", PartnerNetwork.Philanthropique, "Financement"),
    ];

    public static async Task AddAsync(DiagnosticDbContext db, Collecte partnerCollecte, TimeProvider clock, ILogger logger, CancellationToken ct)
    {
        var served = string.Join('|', DemoTerritory.Neighbourhoods.Select(n => n.Code));
        var added = Organisations.Select(o => new PartnerOrganisation
        {
            Name = o.Name, Network = o.Network, Sector = o.Sector, NeighbourhoodsServed = served, CreatedAt = clock.GetUtcNow(),
        }).ToList();
        db.PartnerOrganisations.AddRange(added);
        await db.SaveChangesAsync(ct);
        var issued = await new PartnerInvitations(db, clock).IssueAsync(partnerCollecte.Id, added.Select(o => o.Id).ToList(), ct);
        var lines = new StringBuilder();
        foreach (var invitation in issued) lines.Append($"\n    {invitation.DisplayCode}  {invitation.Organisation}");
        logger.LogWarning("\n  Demo invitation codes for /s/{Code} (single use, shown once):{Codes}", partnerCollecte.PublicCode, lines.ToString());
    }
}
