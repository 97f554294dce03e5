using System.Net;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Comite;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Organisations;

/// <summary>An activité's porteur is chosen among the démarche's organisations, as commitments are; no free text.</summary>
public sealed class PorteurTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    [Fact]
    public async Task The_porteur_is_chosen_from_the_demarches_organisations_and_points_to_its_record()
    {
        var (w, targetId) = await WorldWithTargetAsync();

        var form = await w.Comite.Organizer.Browser().GetAsync(NewActionPath(w, targetId));
        var saved = await ComiteWorld.PostAsync(w.Comite.Organizer, ActionPath(w), "", Fields(targetId, "Jardins", w.LocalId));

        Assert.Matches("<select [^>]*name=\"Input.LeadPartnerId\"", form.Html);
        Assert.DoesNotContain("name=\"Input.LeadOrganisation\"", form.Html);
        Assert.Contains($"<option value=\"{w.LocalId}\">Maison de quartier</option>", form.Html);
        Assert.DoesNotContain($"<option value=\"{w.ElsewhereId}\"", form.Html);
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        var action = await factory.WithDbAsync(db => db.Actions.AsNoTracking().SingleAsync(a => a.TargetId == targetId && a.Title == "Jardins"));
        Assert.Equal((w.LocalId, "Maison de quartier"), (action.LeadPartnerId, action.LeadOrganisation));
        Assert.Contains("Maison de quartier", saved.Text);
    }

    [Theory]
    [InlineData("elsewhere")]
    [InlineData("unknown")]
    public async Task A_porteur_outside_the_demarche_or_unknown_is_refused_and_nothing_is_stored(string which)
    {
        var (w, targetId) = await WorldWithTargetAsync();
        var porteur = which == "elsewhere" ? w.ElsewhereId : 987_654;

        var page = await ComiteWorld.PostAsync(w.Comite.Organizer, ActionPath(w), "", Fields(targetId, "Refusée", porteur));

        Assert.Contains("Porteur : cette organisation ne fait pas partie de la démarche de Ville-Test (elle ne travaille pas sur ce territoire, selon l’annuaire). Choisissez-en une dans la liste.", page.Text);
        Assert.False(await factory.WithDbAsync(db => db.Actions.AnyAsync(a => a.TargetId == targetId)));
    }

    [Fact]
    public async Task Editing_an_activite_whose_porteur_moved_away_keeps_it_selectable()
    {
        var (w, targetId) = await WorldWithTargetAsync();
        var actionId = await factory.WithDbAsync(async db =>
        {
            var action = new PlanAction
            {
                TargetId = targetId, Order = 1, Title = "Ancienne", LeadPartnerId = w.ElsewhereId, LeadOrganisation = "Groupe d'ailleurs",
                StartDate = new DateOnly(2026, 9, 1), DueDate = new DateOnly(2026, 12, 1),
            };
            db.Actions.Add(action);
            await db.SaveChangesAsync();
            return action.Id;
        });
        var path = $"/comite/plan/{w.Comite.CycleId}/action/{actionId}";

        var form = await w.Comite.Organizer.Browser().GetAsync(path);
        var kept = await ComiteWorld.PostAsync(w.Comite.Organizer, path, "", Fields(targetId, "Ancienne", w.ElsewhereId));

        Assert.Contains($"<option value=\"{w.ElsewhereId}\" selected=\"selected\">Groupe d&#x27;ailleurs</option>", form.Html);
        Assert.Equal(HttpStatusCode.OK, kept.Status);
        Assert.Equal(w.ElsewhereId, await factory.WithDbAsync(db => db.Actions.Where(a => a.Id == actionId).Select(a => a.LeadPartnerId).SingleAsync()));

        // Another porteur, then none: the record follows each choice.
        await ComiteWorld.PostAsync(w.Comite.Organizer, path, "", Fields(targetId, "Ancienne", w.LocalId));
        var switched = await factory.WithDbAsync(db => db.Actions.AsNoTracking().SingleAsync(a => a.Id == actionId));
        await ComiteWorld.PostAsync(w.Comite.Organizer, path, "", [.. Fields(targetId, "Ancienne", w.LocalId).Where(f => f.Item1 != "Input.LeadPartnerId"), ("Input.LeadPartnerId", "")]);
        var none = await factory.WithDbAsync(db => db.Actions.AsNoTracking().SingleAsync(a => a.Id == actionId));
        Assert.Equal((w.LocalId, "Maison de quartier"), (switched.LeadPartnerId, switched.LeadOrganisation));
        Assert.Equal(((int?)null, ""), (none.LeadPartnerId, none.LeadOrganisation));
    }

    private static (string, string)[] Fields(int targetId, string title, int porteur) =>
    [
        ("TargetId", targetId.ToString()), ("Input.Title", title), ("Input.LeadPartnerId", porteur.ToString()),
        ("Input.Start", "2026-09-01"), ("Input.Due", "2026-12-01"), ("Input.Status", "Upcoming"),
    ];

    private async Task<(OrganisationWorld, int)> WorldWithTargetAsync()
    {
        var w = await OrganisationWorld.CreateAsync(factory);
        var targetId = await factory.WithDbAsync(async db =>
        {
            var target = new ChosenTarget { CycleId = w.Comite.CycleId, Order = 1, Wording = "Cible", Neighbourhoods = ["ALL"], DecidedAt = DateTimeOffset.UtcNow };
            db.ChosenTargets.Add(target);
            await db.SaveChangesAsync();
            return target.Id;
        });
        return (w, targetId);
    }

    private static string NewActionPath(OrganisationWorld w, int targetId) => $"/comite/plan/{w.Comite.CycleId}/action?targetId={targetId}";

    /// <summary>The form posts its cible itself (TargetId), so the address takes no query string before the handler's.</summary>
    private static string ActionPath(OrganisationWorld w) => $"/comite/plan/{w.Comite.CycleId}/action";
}
