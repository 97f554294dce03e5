using System.Net;
using Diagnostic.Core.Plans;
using Diagnostic.Data.Accounts;
using Diagnostic.Web.Tests.Infrastructure;

namespace Diagnostic.Web.Tests.Comite.Plan;

public sealed class ActionPlanPageTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    [Fact]
    public async Task An_organisatrice_sees_the_targets_actions_partners_and_the_echeancier()
    {
        var cycle = await factory.CycleAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var page = await organizer.Browser().GetAsync($"/comite/plan/{cycle.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Échéancier", page.Text);
        Assert.Contains("echeancier?format=svg&amp;width=360", page.Html);
        Assert.Contains("Rencontres de voisinage", page.Text);
        // The échéancier's bars carry status and period; the page loads the drawing made for its width.
        var schedule = await organizer.Client.GetStringAsync($"/comite/plan/{cycle.Id}/echeancier?format=svg&width=720");
        Assert.Contains("En cours · automne 2026", System.Net.WebUtility.HtmlDecode(schedule));
        Assert.Contains("Salle du centre communautaire", page.Text);
        Assert.Contains("Première rencontre tenue.", page.Text);
    }

    [Fact]
    public async Task A_member_of_the_comite_sees_its_plan_and_a_member_of_none_gets_404()
    {
        var cycle = await factory.CycleAsync();
        var member = await factory.SignInAsAsync(Roles.Committee);
        await factory.JoinComiteAsync(member.UserId);
        var outsider = await factory.SignInAsAsync(Roles.Committee);

        Assert.Equal(HttpStatusCode.OK, (await member.Client.GetAsync($"/comite/plan/{cycle.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/comite/plan/{cycle.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/comite/plan/{cycle.Id}/export")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var cycle = await factory.CycleAsync();
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync($"/comite/plan/{cycle.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/connexion", response.Headers.Location!.OriginalString.Replace("http://localhost", ""));
    }

    [Fact]
    public async Task An_action_due_before_its_start_is_refused_and_nothing_changes()
    {
        var cycle = await factory.CycleAsync();
        var action = await factory.FirstActionAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var page = await organizer.Browser().PostAsync(
            $"/comite/plan/{cycle.Id}/action/{action.Id}", ComiteDemo.Form(action, start: "2026-10-01", due: "2026-09-30"));

        Assert.Contains("L'échéance (30 septembre 2026) précède le début (1 octobre 2026)", page.Text);
        var after = await factory.FirstActionAsync();
        Assert.Equal((action.StartDate, action.DueDate), (after.StartDate, after.DueDate));
    }

    [Fact]
    public async Task The_database_itself_refuses_a_due_date_before_the_start()
    {
        var targetId = await factory.WithDbAsync(db => Task.FromResult(db.ChosenTargets.OrderBy(t => t.Id).First().Id));

        var refused = await Assert.ThrowsAsync<Microsoft.EntityFrameworkCore.DbUpdateException>(() => factory.WithDbAsync(db =>
        {
            db.Actions.Add(new Diagnostic.Data.Entities.PlanAction
            {
                TargetId = targetId, Title = "À rebours", StartDate = new(2026, 10, 1), DueDate = new(2026, 9, 30),
            });
            return db.SaveChangesAsync();
        }));

        Assert.Contains("CK_Actions_DueNotBeforeStart", refused.InnerException!.Message);
    }

    [Fact]
    public async Task An_action_cannot_start_without_a_partners_commitment()
    {
        var cycle = await factory.CycleAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);
        var targetId = await factory.WithDbAsync(db => Task.FromResult(db.ChosenTargets.OrderBy(t => t.Id).First().Id));
        var before = (await factory.ActionsAsync()).Count;

        var page = await organizer.Browser().PostAsync($"/comite/plan/{cycle.Id}/action?targetId={targetId}",
            ("TargetId", targetId.ToString()), ("Input.Title", "Nouvelle action"), ("Input.Start", "2026-11-01"),
            ("Input.Due", "2027-01-31"), ("Input.Status", nameof(ActionStatus.InProgress)));

        Assert.Contains("ne peut pas débuter sans l'engagement d'un partenaire", page.Text);
        Assert.Equal(before, (await factory.ActionsAsync()).Count);
    }

    [Fact]
    public async Task A_new_upcoming_action_with_a_fuzzy_period_is_saved_then_gets_a_commitment_and_a_log_entry()
    {
        var cycle = await factory.CycleAsync();
        var member = await factory.SignInAsAsync(Roles.Committee);
        await factory.JoinComiteAsync(member.UserId);
        var targetId = await factory.WithDbAsync(db => Task.FromResult(db.ChosenTargets.OrderBy(t => t.Id).First().Id));

        await member.Browser().PostAsync($"/comite/plan/{cycle.Id}/action?targetId={targetId}",
            ("TargetId", targetId.ToString()), ("Input.Title", "Jardin communautaire"), ("Input.Start", "2027-04-01"),
            ("Input.Due", "2027-09-30"), ("Input.PeriodLabel", "printemps-été 2027"), ("Input.Status", nameof(ActionStatus.Upcoming)));
        var saved = (await factory.ActionsAsync()).Single(a => a.Title == "Jardin communautaire");
        await member.Browser().PostAsync($"/comite/plan/{cycle.Id}/action/{saved.Id}?handler=Commitment",
            ("Commitment.PartnerName", "Ville de Shawinigan"), ("Commitment.Space", "Terrain du parc"));
        await member.Browser().PostAsync($"/comite/plan/{cycle.Id}/action/{saved.Id}?handler=Progress",
            ("Entry.Date", "2026-11-20"), ("Entry.Text", "Terrain trouvé."));

        Assert.Equal("printemps-été 2027", saved.PeriodLabel);
        var plan = await member.Browser().GetAsync($"/comite/plan/{cycle.Id}");
        Assert.Contains("Terrain du parc", plan.Text);
        Assert.Contains("Terrain trouvé.", plan.Text);
    }

    /// <summary>The new-activité form as a browser sends it, every optional field left empty.</summary>
    private static (string, string)[] EmptyActivity(int targetId, string title) =>
    [
        ("TargetId", targetId.ToString()), ("Input.PlanMeansId", ""), ("Input.Order", ""), ("Input.Title", title),
        ("Input.Objective", ""), ("Input.Means", ""), ("Input.Activities", ""), ("Input.LeadPartnerId", ""), ("Input.Resources", ""),
        ("Input.PeriodLabel", ""), ("Input.Start", "2026-10-01"), ("Input.Due", "2026-10-31"), ("Input.Status", nameof(ActionStatus.Upcoming)),
        ("Input.Outcome", ""), ("Input.InternalNote", ""),
    ];

    private static string Errors(Infrastructure.Respondent.Page page) =>
        System.Text.RegularExpressions.Regex.Match(page.Text, "<div class=\"errors\" role=\"alert\"><ul>(.*?)</ul>").Groups[1].Value.Trim();

    [Fact]
    public async Task An_activite_with_every_optional_field_left_empty_is_saved_with_empty_texts()
    {
        var cycle = await factory.CycleAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);
        var targetId = await factory.WithDbAsync(db => Task.FromResult(db.ChosenTargets.OrderBy(t => t.Id).First().Id));

        var page = await organizer.Browser().PostAsync($"/comite/plan/{cycle.Id}/action?targetId={targetId}", EmptyActivity(targetId, "Boîte à idées du quartier"));

        Assert.Equal("", Errors(page));
        Assert.EndsWith($"/comite/plan/{cycle.Id}", page.Path);
        var saved = (await factory.ActionsAsync()).Single(a => a.Title == "Boîte à idées du quartier");
        Assert.Equal(["", "", "", "", "", ""], new[] { saved.Objective, saved.Means, saved.Activities, saved.Resources, saved.Outcome, saved.InternalNote });
        Assert.Null(saved.LeadPartnerId);
    }

    [Fact]
    public async Task An_activite_without_a_name_is_refused_in_the_readers_words_only()
    {
        var cycle = await factory.CycleAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);
        var targetId = await factory.WithDbAsync(db => Task.FromResult(db.ChosenTargets.OrderBy(t => t.Id).First().Id));
        var before = (await factory.ActionsAsync()).Count;

        var french = await organizer.Browser().PostAsync($"/comite/plan/{cycle.Id}/action?targetId={targetId}", EmptyActivity(targetId, ""));
        var english = await organizer.Browser().PostAsync($"/comite/plan/{cycle.Id}/action?targetId={targetId}&lang=en", EmptyActivity(targetId, ""));

        // Only the page's own message: no second one from MVC naming the property in English.
        Assert.Equal("<li>Donnez un nom à l'action.</li>", Errors(french));
        Assert.Equal("<li>Give the action a name.</li>", Errors(english));
        Assert.Equal(before, (await factory.ActionsAsync()).Count);
    }

    [Fact]
    public async Task A_commitment_with_its_people_left_empty_is_added()
    {
        var cycle = await factory.CycleAsync();
        var action = await factory.FirstActionAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var page = await organizer.Browser().PostAsync($"/comite/plan/{cycle.Id}/action/{action.Id}?handler=Commitment",
            ("Commitment.PartnerName", "Ville de Shawinigan"), ("Commitment.People", ""), ("Commitment.Money", ""),
            ("Commitment.Space", "Local du sous-sol"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.EndsWith($"/comite/plan/{cycle.Id}/action/{action.Id}", page.Path);
        var added = Assert.Single((await factory.FirstActionAsync()).Commitments, c => c.Space == "Local du sous-sol");
        Assert.Equal(("Ville de Shawinigan", "", (decimal?)null), (added.PartnerName, added.People, added.Money));
    }

    [Fact]
    public async Task The_plan_exports_as_Excel_French_CSV_with_one_line_per_action()
    {
        var cycle = await factory.CycleAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var response = await organizer.Client.GetAsync($"/comite/plan/{cycle.Id}/export");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("cible;action;objectif;moyens;activites;porteur;partenaires;ressources;debut;echeance;periode;statut;realisation", lines[0]);
        Assert.Equal((await factory.ActionsAsync()).Count, lines.Length - 1);
        Assert.Contains(lines, l => l.Contains(";2026-09-22;2026-12-20;automne 2026;realisee;") && l.Contains("CIUSSS MCQ — CLSC, Une organisatrice communautaire, 4 h par semaine, 2000,00 $"));
    }

    [Fact]
    public async Task The_echeancier_downloads_as_a_png()
    {
        var cycle = await factory.CycleAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var response = await organizer.Client.GetAsync($"/comite/plan/{cycle.Id}/echeancier?format=png&width=600");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], bytes[..4]);
    }
}
