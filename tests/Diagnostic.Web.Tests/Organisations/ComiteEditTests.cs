using System.Globalization;
using System.Net;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Comite;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Organisations;

/// <summary>
/// A comité's kind and mandate can change after its creation (audited, without the mandate's words); a regional
/// comité's page leads to the regional view, which prints.
/// </summary>
public sealed class ComiteEditTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    [Fact]
    public async Task An_organisatrice_changes_the_kind_and_mandate_and_the_change_is_audited()
    {
        var w = await ComiteWorld.CreateAsync(factory);
        var path = $"/comite/{w.ComiteId}";

        var page = await ComiteWorld.PostAsync(w.Organizer, path, "Mandate", ("Kind", "Suivi"), ("Mandate", "Suivre le plan d’action confidentiel."));
        await ComiteWorld.PostAsync(w.Organizer, path, "Mandate", ("Kind", "Suivi"), ("Mandate", "Suivre le plan d’action confidentiel."));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Comité de suivi", page.Text);
        Assert.Contains("Suivre le plan d’action confidentiel.", page.Text);
        var comite = await factory.WithDbAsync(db => db.Comites.AsNoTracking().SingleAsync(c => c.Id == w.ComiteId));
        Assert.Equal((ComiteKind.Suivi, "Suivre le plan d’action confidentiel."), (comite.Kind, comite.Mandate));
        // Saving the same again changes nothing and audits nothing more.
        var entry = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.Action == AuditActions.ComiteEdited && e.TargetId == w.ComiteId.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(("comite", w.Organizer.UserId, "kind=orientation->suivi;mandate-changed=yes"), (entry.TargetType, entry.ActorUserId, entry.Details));
        // Another form refused on the page leaves this one showing what is stored.
        var refused = await ComiteWorld.PostAsync(w.Organizer, path, "Cycle", ("YearLabel", "pas une année"));
        Assert.Contains("<option value=\"Suivi\" selected=\"selected\">", refused.Html);
        Assert.Contains(">Suivre le plan d’action confidentiel.</textarea>", refused.Html);
    }

    [Fact]
    public async Task An_unknown_kind_a_mandate_too_long_and_a_member_change_nothing()
    {
        var w = await ComiteWorld.CreateAsync(factory);
        var path = $"/comite/{w.ComiteId}";

        var bogus = await ComiteWorld.PostAsync(w.Organizer, path, "Mandate", ("Kind", "Bogus"), ("Mandate", "Autre"));
        var undefined = await ComiteWorld.PostAsync(w.Organizer, path, "Mandate", ("Kind", "9"), ("Mandate", "Autre"));
        var tooLong = await ComiteWorld.PostAsync(w.Organizer, path, "Mandate", ("Kind", "Suivi"), ("Mandate", new string('m', 4001)));
        var member = await ComiteWorld.PostAsync(w.Citizen, path, "Mandate", ("Kind", "Suivi"), ("Mandate", "Piraté"));

        Assert.Contains("Type de comité : choisissez orientation, coordination, suivi ou cellule de travail. Rien n’a été changé.", bogus.Text);
        Assert.Contains("Type de comité : choisissez", undefined.Text);
        Assert.Contains("Mandat : 4\u202F000 caractères au plus (vous en avez écrit 4\u202F001). Rien n’a été changé.", tooLong.Text);
        Assert.Equal(HttpStatusCode.Forbidden, member.Status);
        var comite = await factory.WithDbAsync(db => db.Comites.AsNoTracking().SingleAsync(c => c.Id == w.ComiteId));
        Assert.Equal((ComiteKind.Orientation, ""), (comite.Kind, comite.Mandate));
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(
            e => e.Action == AuditActions.ComiteEdited && e.TargetId == w.ComiteId.ToString(CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task A_regional_comites_page_links_to_the_printable_regional_view_and_a_town_comites_does_not()
    {
        var w = await ComiteWorld.CreateAsync(factory);
        var regionalId = await factory.WithDbAsync(async db =>
        {
            var region = await db.Territories.SingleOrDefaultAsync(t => t.Code == "region-edit")
                ?? db.Territories.Add(new Territory { Code = "region-edit", Name = "Région-Édition", Level = TerritoryLevel.Region }).Entity;
            var comite = new Data.Entities.Comite { Name = "Table régionale", Territory = region };
            db.Comites.Add(comite);
            await db.SaveChangesAsync();
            return comite.Id;
        });

        var regional = await w.Organizer.Browser().GetAsync($"/comite/{regionalId}");
        var town = await w.Organizer.Browser().GetAsync($"/comite/{w.ComiteId}");
        var view = await w.Organizer.Browser().GetAsync("/comite/region/region-edit");

        Assert.Contains("id=\"region-link\" href=\"/comite/region/region-edit\"", regional.Html);
        Assert.DoesNotContain("region-link", town.Html);
        Assert.Equal(HttpStatusCode.OK, view.Status);
        Assert.Contains("data-print", view.Html);
    }
}
