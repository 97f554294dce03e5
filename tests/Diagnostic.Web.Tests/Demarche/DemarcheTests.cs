using System.Net;
using Diagnostic.Data.Accounts;
using Diagnostic.Web.Demo;
using Diagnostic.Web.Tests.Comite;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Web.Tests.Demarche;

/// <summary>The démarche of the demo territory: its timeline, its « Actions territoriales » sheet, its public page.</summary>
public sealed class DemarcheTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    /// <summary>The demo's démarche (DemarcheDemoSeeder) on the demo city.</summary>
    private Task<Data.Entities.Demarche> DemarcheAsync() =>
        factory.WithDbAsync(db => db.Demarches.AsNoTracking().Include(d => d.Territory).SingleAsync(d => d.Territory!.Code == DemoTerritory.CityCode));

    [Fact]
    public async Task A_territory_has_one_demarche_and_a_second_is_refused_with_the_reason()
    {
        var organizer = await factory.SignInAsAsync(Roles.Organizer);
        var regionId = await factory.WithDbAsync(db => db.Territories.Where(t => t.Code == DemoTerritory.RegionCode).Select(t => t.Id).SingleAsync());
        var existing = await DemarcheAsync();

        var created = await organizer.Browser().PostAsync("/demarches", ("TerritoryId", regionId.ToString()), ("Name", "Mauricie en action"), ("Coordinator", "Julie Caron"));
        var refused = await organizer.Browser().PostWithTokenAsync("/demarches", (await organizer.Browser().GetAsync("/demarches")).Token,
            ("TerritoryId", existing.TerritoryId.ToString()), ("Name", "Une autre"));

        Assert.Contains("Étapes des travaux — Mauricie en action", created.Text);
        Assert.Contains("coordination : Julie Caron", created.Text);
        Assert.Contains($"Ce territoire a déjà une démarche (« {existing.Name} »)", refused.Text);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Demarches.CountAsync(d => d.TerritoryId == existing.TerritoryId)));
    }

    [Fact]
    public async Task The_timeline_shows_each_year_with_collectes_seances_cibles_and_done_activites_ticked_and_dated()
    {
        var demarche = await DemarcheAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var page = await organizer.Browser().GetAsync($"/demarches/{demarche.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Étapes des travaux", page.Text);
        Assert.Contains($"{ComiteDemoSeeder.CycleYear} — Comité de partenaires de Shawinigan", page.Text);
        Assert.Contains($"{DemarcheDemoSeeder.NextYear} — Comité de partenaires de Shawinigan", page.Text);
        Assert.Contains("Collecte : Collecte de suivi — Shawinigan", page.Text);
        Assert.Contains("Séance : Choix des cibles 2026-2027", page.Text);
        Assert.Matches(@"✓</span><span class=""visually-hidden"">fait </span> \d{1,2} \p{Ll}+ \d{4} — Activité 1\.1\.1 Rencontres de voisinage : Réalisée", page.Text);
        Assert.Contains($"Cible reprise de {ComiteDemoSeeder.CycleYear} :", page.Text);
        Assert.Contains("data-print", page.Html);
        Assert.Contains("/css/demarche.", page.Html);
    }

    [Fact]
    public async Task The_actions_territoriales_sheet_lists_the_latest_years_cibles_activites_porteurs_and_echeances()
    {
        var demarche = await DemarcheAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var page = await organizer.Browser().GetAsync($"/demarches/{demarche.Id}/actions");

        Assert.Contains("Actions territoriales — Ville de Shawinigan", page.Text);
        Assert.Contains(DemarcheDemoSeeder.NextYear, page.Text);
        Assert.Contains("<td>Comité de partenaires</td><td>printemps 2027</td><td>À venir</td>", page.Text);
    }

    [Fact]
    public async Task The_fiche_synthese_of_a_collecte_shows_the_portraits_scores_in_French_number_format()
    {
        var demarche = await DemarcheAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);
        await using var scope = factory.Services.CreateAsyncScope();
        var portraits = scope.ServiceProvider.GetRequiredService<Diagnostic.Web.Pages.Comite.CollectePortraits>();
        var collecteId = await factory.WithDbAsync(db => db.Collectes.Where(c => c.PublicCode == DemoSeeder.CitizenCode).Select(c => c.Id).SingleAsync());
        var loaded = (await portraits.LoadAsync(collecteId, default))!;
        var dimension = loaded.Questionnaire.Dimensions.First();
        var row = loaded.Portrait.Find(Core.Questionnaires.Audience.Citizen, Core.Analysis.PortraitRow.AllNeighbourhoods, Core.Analysis.FigureLevel.Dimension, dimension.Id)!;

        var steps = await organizer.Browser().GetAsync($"/demarches/{demarche.Id}");
        var page = await organizer.Browser().GetAsync($"/demarches/{demarche.Id}/collecte/{collecteId}");

        Assert.Contains($"/demarches/{demarche.Id}/collecte/{collecteId}", steps.Html);
        Assert.Contains("Fiche synthèse — Collecte 2026 — Shawinigan", page.Text);
        // The score as the portrait computed it, written with a decimal comma (« 61,3 »), never a point.
        var expected = row.Score!.Value.ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("fr-CA"));
        Assert.Matches(System.Text.RegularExpressions.Regex.Escape($"<th scope=\"row\">{dimension.Title.Fr}</th>") + @"\s*<td>" + System.Text.RegularExpressions.Regex.Escape(expected) + "</td>", page.Text);
        Assert.Contains("data-print", page.Html);
    }

    [Fact]
    public async Task A_comite_member_follows_the_demarche_of_her_comite_and_others_get_404()
    {
        var demarche = await DemarcheAsync();
        var member = await factory.SignInAsAsync(Roles.Committee);
        await factory.JoinComiteAsync(member.UserId);
        var outsider = await factory.SignInAsAsync(Roles.Committee);

        Assert.Equal(HttpStatusCode.OK, (await member.Client.GetAsync($"/demarches/{demarche.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/demarches/{demarche.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/demarches/{demarche.Id}/actions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Browser().PostAsync($"/demarches/{demarche.Id}", ("Name", "Autre nom"))).Status);
    }

    [Fact]
    public async Task The_public_page_shows_cibles_activites_status_and_bilans_without_notes_logs_or_names_and_the_home_page_links_to_it()
    {
        var demarche = await DemarcheAsync();
        var anonymous = factory.CreateClient();

        var home = await anonymous.GetStringAsync("/");
        var list = await new Respondent(anonymous).GetAsync("/suivi");
        var page = await new Respondent(anonymous).GetAsync($"/suivi/{DemoTerritory.CityCode}");

        Assert.Contains("href=\"/suivi\"", home);
        Assert.Contains(demarche.Name, list.Text);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Rencontres de voisinage — Réalisée", page.Text);
        Assert.Contains("Trois rencontres, 45 personnes rejointes.", page.Text);
        Assert.Contains($"href=\"/bilan/{DemoTerritory.CityCode}/{ComiteDemoSeeder.CycleYear}/", page.Html);
        Assert.DoesNotContain("Relancer la Ville pour la salle.", page.Text); // internal note
        Assert.DoesNotContain("Première rencontre tenue.", page.Text); // progress log
        Assert.DoesNotContain("Marc Gélinas", page.Text);
        Assert.DoesNotContain("CIUSSS MCQ — CLSC", page.Text); // commitments
        Assert.DoesNotContain(demarche.CoordinatorName, page.Text);
    }
}
