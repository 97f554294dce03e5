using System.Net;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Comite;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Organisations;

/// <summary>A comité may be created for one community, with its kind and mandate; the concertation portrait reads its seats.</summary>
public sealed class CommunityComiteTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    [Fact]
    public async Task An_organisatrice_creates_a_cellule_de_travail_for_one_community_with_its_mandate()
    {
        await factory.SeedAsync();
        var oc = await factory.SignInAsAsync(Roles.Organizer);
        var nord = await factory.WithDbAsync(db => db.Territories.SingleAsync(t => t.Code == "nord"));

        var form = await oc.Browser().GetAsync("/comite");
        var created = await ComiteWorld.PostAsync(oc, "/comite", "", ("Name", "Cellule Nord"), ("TerritoryId", nord.Id.ToString()),
            ("Kind", "CelluleTravail"), ("Mandate", "Suivre la sécurité alimentaire au Nord."));

        Assert.Contains($"<option value=\"{nord.Id}\">Nord (Ville-Test)</option>", form.Html);
        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Contains("Cellule de travail", created.Text);
        Assert.Contains("Suivre la sécurité alimentaire au Nord.", created.Text);
        var comite = await factory.WithDbAsync(db => db.Comites.SingleAsync(c => c.Name == "Cellule Nord"));
        Assert.Equal((nord.Id, ComiteKind.CelluleTravail), (comite.TerritoryId, comite.Kind));
    }

    [Fact]
    public async Task The_concertation_portrait_shows_the_reseaux_present_absent_and_over_represented_of_each_comite()
    {
        var w = await OrganisationWorld.CreateAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            var type = await db.ComiteVoterTypes.SingleAsync(t => t.ComiteId == w.Comite.ComiteId && t.Code == "communautaire");
            foreach (var name in new[] { "A", "B", "C" })
                db.ComiteMembers.Add(new() { ComiteId = w.Comite.ComiteId, DisplayName = name, OrganisationId = w.LocalId, VoterTypeId = type.Id });
            return await db.SaveChangesAsync();
        });

        var page = await w.Comite.Organizer.Browser().GetAsync("/comite/concertation");

        // Comité Ville-Test: a citizen seat, a communautaire seat without directory entry, 3 for Maison de quartier: 4 of 5 (> half).
        var section = page.Html[page.Html.IndexOf($"id=\"balance-{w.Comite.ComiteId}\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("5 siège(s) occupé(s)", section);
        Assert.Matches("<tr class=\"presence-over\">\\s*<th scope=\"row\">communautaire</th>\\s*<td>4</td>", section);
        Assert.Matches("<tr class=\"presence-present\">\\s*<th scope=\"row\">citoyen</th>\\s*<td>1</td>", section);
        Assert.Matches("<tr class=\"presence-absent\">\\s*<th scope=\"row\">scolaire</th>\\s*<td>0</td>", section);
    }
}
