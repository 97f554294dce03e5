using System.Net;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Organizer;

/// <summary>An organisatrice creates a collecte in the UI, then opens, closes and archives it; each step is audited.</summary>
public sealed class CollecteLifecycleTests : IDisposable
{
    private readonly DiagnosticWebFactory factory = new();

    public void Dispose() => factory.Dispose();

    private static (string, string)[] NewCollecte(string code, params (string, string)[] more) =>
    [
        ("territoire", "ville"), ("Form.Name", "Collecte 2026 — Ville-Test"), ("Form.PublicCode", code),
        ("Form.QuestionnaireId", TestQuestionnaire.Id), ("Form.Neighbourhoods", "nord"), ("Form.Neighbourhoods", "sud"),
        ("Form.Targets[nord]", "40"), ("Form.Targets[sud]", ""), ("Form.RetainUntil", "2031-12-31"), .. more,
    ];

    [Fact]
    public async Task Created_collecte_goes_from_draft_to_open_to_closed_to_archived_and_each_step_is_audited()
    {
        var organizer = await factory.OrganizerAsync();
        var browser = organizer.Browser();

        var created = await browser.PostAsync("/admin/collectes/nouvelle?territoire=ville", NewCollecte("ville-2026"));
        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Contains("En préparation", created.Text);
        Assert.Contains("http://localhost/s/ville-2026", created.Text);
        var id = await factory.IdOfAsync("ville-2026");
        Assert.Equal($"/admin/collectes/{id}", created.Path);

        foreach (var (to, shown) in new[] { ("Open", "Ouverte"), ("Closed", "Fermée"), ("Archived", "Archivée") })
        {
            var moved = await browser.PostAsync($"/admin/collectes/{id}?handler=Move", ("to", to));
            Assert.Contains($"La collecte est maintenant : {shown}.", moved.Text);
        }

        var collecte = await factory.WithDbAsync(db => db.Collectes.Include(s => s.Neighbourhoods).ThenInclude(n => n.Territory).SingleAsync(s => s.Id == id));
        Assert.Equal(CollecteStatus.Archived, collecte.Status);
        Assert.Equal(new DateOnly(2031, 12, 31), collecte.RetainUntil);
        Assert.Equal(40, collecte.Neighbourhoods.Single(n => n.Territory!.Code == "nord").ParticipationTarget);
        Assert.Null(collecte.Neighbourhoods.Single(n => n.Territory!.Code == "sud").ParticipationTarget);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.TargetId == id.ToString()).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([AuditActions.CollecteCreated, AuditActions.CollecteOpened, AuditActions.CollecteClosed, AuditActions.CollecteArchived],
            audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal(organizer.UserId, e.ActorUserId));
    }

    [Fact]
    public async Task The_organisatrice_publishes_the_portrait_for_anyone_then_withdraws_it_and_both_are_audited()
    {
        var organizer = await factory.OrganizerAsync();
        var browser = organizer.Browser();
        await browser.PostAsync("/admin/collectes/nouvelle?territoire=ville", NewCollecte("publie"));
        var id = await factory.IdOfAsync("publie");
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/portrait/publie")).StatusCode);
        Assert.Contains("Le portrait n'est pas public", (await browser.GetAsync($"/admin/collectes/{id}")).Text);

        var published = await browser.PostAsync($"/admin/collectes/{id}?handler=Publish", ("publish", "true"));
        Assert.Contains("Le portrait est maintenant public.", published.Text);
        Assert.Contains("Tout le monde peut lire le portrait", published.Text);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/portrait/publie")).StatusCode);

        var withdrawn = await browser.PostAsync($"/admin/collectes/{id}?handler=Publish", ("publish", "false"));
        Assert.Contains("Le portrait n'est plus public.", withdrawn.Text);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/portrait/publie")).StatusCode);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.TargetId == id.ToString()).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal([AuditActions.CollecteCreated, AuditActions.PortraitPublished, AuditActions.PortraitUnpublished], audit);

        // Only the collecte's own organisatrices: another one does not find it, a comité member is refused.
        var other = await factory.SignInAsAsync(Roles.Organizer);
        var otherPost = await other.Browser().PostWithTokenAsync($"/admin/collectes/{id}?handler=Publish",
            (await other.Browser().GetAsync("/admin/collectes")).Token, ("publish", "true"));
        Assert.Equal(HttpStatusCode.NotFound, otherPost.Status);
        var member = await factory.SignInAsAsync(Roles.Committee);
        var memberPost = await member.Client.PostAsync($"/admin/collectes/{id}?handler=Publish", new FormUrlEncodedContent([new("publish", "true")]));
        Assert.NotEqual(HttpStatusCode.OK, memberPost.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Collectes.Where(c => c.Id == id).Select(c => c.PortraitPublic).SingleAsync()));
    }

    [Fact]
    public async Task The_creator_is_assigned_to_her_new_collecte_and_another_organisatrice_gets_404()
    {
        var organizer = await factory.OrganizerAsync();
        await organizer.Browser().PostAsync("/admin/collectes/nouvelle?territoire=ville", NewCollecte("a-elle"));
        var id = await factory.IdOfAsync("a-elle");
        var other = await factory.SignInAsAsync(Roles.Organizer);

        Assert.Equal(HttpStatusCode.OK, (await organizer.Browser().GetAsync($"/admin/collectes/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Browser().GetAsync($"/admin/collectes/{id}")).Status);
    }

    [Fact]
    public async Task A_move_the_status_does_not_allow_changes_nothing()
    {
        var organizer = await factory.OrganizerAsync();
        var id = await factory.IdOfAsync(DiagnosticWebFactory.OpenCode);

        var page = await organizer.Browser().PostAsync($"/admin/collectes/{id}?handler=Move", ("to", "Archived"));

        Assert.Contains("Ce changement d'état n'est pas possible.", page.Text);
        Assert.Equal(CollecteStatus.Open, await factory.WithDbAsync(db => db.Collectes.Where(s => s.Id == id).Select(s => s.Status).SingleAsync()));
    }

    [Theory]
    [InlineData("Form.PublicCode", "Test", "Le code public a de 3 à 40 caractères")]
    [InlineData("Form.PublicCode", "test", "Le code test est déjà utilisé par une autre collecte.")]
    [InlineData("Form.Name", "", "Écrivez le nom de la collecte")]
    public async Task A_refused_field_is_explained_and_nothing_is_created(string field, string value, string message)
    {
        var organizer = await factory.OrganizerAsync();
        var fields = NewCollecte("nouvelle-collecte").Where(f => f.Item1 != field).Append((field, value)).ToArray();

        var page = await organizer.Browser().PostAsync("/admin/collectes/nouvelle?territoire=ville", fields);

        Assert.Contains(message, page.Text);
        Assert.Contains("Il y a un problème", page.Text);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Collectes.CountAsync()));
    }

    [Fact]
    public async Task A_partner_collecte_with_a_taken_code_cancels_the_citizen_one_too()
    {
        var organizer = await factory.OrganizerAsync();

        var page = await organizer.Browser().PostAsync("/admin/collectes/nouvelle?territoire=ville",
            NewCollecte("citoyens-2026", ("Form.CompanionQuestionnaireId", TestQuestionnaire.Id), ("Form.CompanionCode", "test")));

        Assert.Contains("Le code test est déjà utilisé par une autre collecte.", page.Text);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Collectes.CountAsync()));
    }

    [Fact]
    public async Task The_collecte_keeps_the_questionnaire_text_it_was_created_with()
    {
        var organizer = await factory.OrganizerAsync();

        await organizer.Browser().PostAsync("/admin/collectes/nouvelle?territoire=ville", NewCollecte("instantane"));

        var snapshot = await factory.WithDbAsync(db => db.Collectes.Where(s => s.PublicCode == "instantane").Select(s => s.Snapshot!).SingleAsync());
        Assert.Equal(TestQuestionnaire.Yaml, snapshot.Yaml);
        Assert.Equal(TestQuestionnaire.Id, snapshot.QuestionnaireId);
    }

    [Fact]
    public async Task Editing_changes_name_dates_and_targets_and_refuses_a_last_day_before_the_opening()
    {
        var organizer = await factory.OrganizerAsync();
        var id = await factory.IdOfAsync(DiagnosticWebFactory.OpenCode);
        var browser = organizer.Browser();

        var refused = await browser.PostAsync($"/admin/collectes/{id}/modifier",
            ("Form.Name", "Nouveau nom"), ("Form.Opens", "2026-05-01"), ("Form.Closes", "2026-04-01"));
        Assert.Contains("Le dernier jour doit venir après l'ouverture.", refused.Text);
        var deletedTooSoon = await browser.PostAsync($"/admin/collectes/{id}/modifier",
            ("Form.Name", "Nouveau nom"), ("Form.Opens", "2026-03-01"), ("Form.Closes", "2026-04-30"), ("Form.RetainUntil", "2026-04-29"));
        Assert.Contains("Gardez les réponses au moins jusqu'au dernier jour de la collecte.", deletedTooSoon.Text);
        Assert.NotEqual("Nouveau nom", await factory.WithDbAsync(db => db.Collectes.Where(s => s.Id == id).Select(s => s.Name).SingleAsync()));

        var saved = await browser.PostAsync($"/admin/collectes/{id}/modifier",
            ("Form.Name", "Nouveau nom"), ("Form.Opens", "2026-03-01"), ("Form.Closes", "2026-04-30"),
            ("Form.RetainUntil", "2030-06-30"), ("Form.Targets[nord]", "25"), ("Form.Targets[sud]", ""));

        Assert.Contains("Les changements sont enregistrés.", saved.Text);
        Assert.Contains("30 avril 2026", saved.Text);
        var collecte = await factory.WithDbAsync(db => db.Collectes.Include(s => s.Neighbourhoods).ThenInclude(n => n.Territory).SingleAsync(s => s.Id == id));
        Assert.Equal("Nouveau nom", collecte.Name);
        Assert.Equal(new DateOnly(2030, 6, 30), collecte.RetainUntil);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.FromHours(-4)), collecte.ClosesAt);
        Assert.Equal(25, collecte.Neighbourhoods.Single(n => n.Territory!.Code == "nord").ParticipationTarget);
        Assert.Null(collecte.Neighbourhoods.Single(n => n.Territory!.Code == "sud").ParticipationTarget);
    }
}
