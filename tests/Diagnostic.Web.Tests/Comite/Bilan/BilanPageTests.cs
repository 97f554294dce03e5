using Diagnostic.Core.Formatting;
using System.Globalization;
using System.Net;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Analysis.Change;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Audit;
using Diagnostic.Web.Demo;
using Diagnostic.Web.Localization;
using Diagnostic.Web.Pages.Comite;
using Diagnostic.Web.Pages.Comite.Plan;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Web.Tests.Comite.Bilan;

public sealed class BilanPageTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    /// <summary>What ChangeBuilder says, on its own, for each demo target's indicator between the two demo collectes.</summary>
    private async Task<IReadOnlyList<(string Wording, ChangeRow Row)>> ExpectedChangesAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Diagnostic.Data.DiagnosticDbContext>();
        var portraits = scope.ServiceProvider.GetRequiredService<CollectePortraits>();
        var baselineId = await db.Collectes.Where(s => s.PublicCode == DemoSeeder.CitizenCode).Select(s => s.Id).SingleAsync();
        var laterId = await db.Collectes.Where(s => s.PublicCode == ComiteDemoSeeder.FollowUpCode).Select(s => s.Id).SingleAsync();
        var before = (await portraits.LoadAsync(baselineId, default))!;
        var after = (await portraits.LoadAsync(laterId, default))!;
        var report = ChangeBuilder.Build(before.Questionnaire, before.Portrait, after.Questionnaire, after.Portrait);
        var targets = await db.ChosenTargets.Where(t => t.Cycle!.YearLabel == ComiteDemoSeeder.CycleYear).OrderBy(t => t.Order).ToListAsync();
        return targets.Select(t => (t.Wording, report.Rows.Single(r => r.Audience == t.IndicatorAudience && r.Neighbourhood == PortraitRow.AllNeighbourhoods
            && r.Level == FigureLevel.Dimension && r.Id == t.IndicatorId))).ToList();
    }

    [Fact]
    public async Task The_bilan_export_carries_exactly_ChangeBuilders_figures_for_the_demo_collectes()
    {
        var expected = await ExpectedChangesAsync();
        var cycle = await factory.CycleAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var csv = await organizer.Client.GetStringAsync($"/comite/bilan/{cycle.Id}/export");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(';')).ToList();

        Assert.Equal(expected.Count, lines.Count);
        foreach (var ((wording, row), line) in expected.Zip(lines))
        {
            Assert.Equal(wording, line[0]);
            Assert.Equal(new[] { $"{row.NBefore}", $"{row.NAfter}" }, line[3..5]);
            Assert.Equal(
                new[] { row.Before, row.After, row.Diff, row.CiLow, row.CiHigh, row.P, row.Q }.Select(Csv),
                line[5..12]);
            Assert.Equal(row.Flag ?? "", line[12]);
        }
    }

    [Fact]
    public async Task The_bilan_page_shows_ChangeBuilders_figures_in_French_and_the_trend_chart()
    {
        var expected = await ExpectedChangesAsync();
        var cycle = await factory.CycleAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var page = await organizer.Browser().GetAsync($"/comite/bilan/{cycle.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        foreach (var (_, row) in expected)
        {
            Assert.Contains($"<td class=\"before\">{NumberText.French.Number(row.Before!.Value, 1)}</td>", page.Html);
            Assert.Contains($"<td class=\"after\">{NumberText.French.Number(row.After!.Value, 1)}</td>", page.Html);
            Assert.Contains($"<td class=\"n\">{row.NBefore} → {row.NAfter}</td>", page.Text);
        }
        Assert.Contains("d'une collecte à l'autre", page.Text);
        Assert.Contains("Collecte de suivi — Shawinigan", page.Text);
    }

    [Fact]
    public async Task The_bilan_page_prints_as_a_report_without_its_forms()
    {
        var cycle = await factory.CycleAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var html = await organizer.Client.GetStringAsync($"/comite/bilan/{cycle.Id}");

        Assert.Contains("data-print", html);
        Assert.Contains("Imprimer le bilan", html);
        Assert.Contains("class=\"after-choice no-print\"", html);
        var reviewForms = System.Text.RegularExpressions.Regex.Matches(html, "<form[^>]*handler=Review[^>]*>");
        Assert.NotEmpty(reviewForms);
        Assert.All(reviewForms, form => Assert.Contains("no-print", form.Value));
    }

    [Fact]
    public async Task A_change_against_a_collecte_of_another_questionnaire_is_refused_with_a_clear_message()
    {
        var cycle = await factory.CycleAsync();
        var partnerId = await factory.WithDbAsync(db => db.Collectes.Where(s => s.PublicCode == DemoSeeder.PartnerCode).Select(s => s.Id).SingleAsync());
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var page = await organizer.Browser().GetAsync($"/comite/bilan/{cycle.Id}?after={partnerId}");

        Assert.Contains("Ces deux collectes ne peuvent pas être comparées\u00a0: elles n'ont pas utilisé le même questionnaire.", page.Text);
        // The reason the analysis gives in English (for the command line) is not shown to a French reader.
        Assert.DoesNotContain("cannot be computed", page.Text);
        Assert.DoesNotContain("<td class=\"diff\">", page.Html);
        var english = await organizer.Browser().GetAsync($"/comite/bilan/{cycle.Id}?after={partnerId}&lang=en");
        Assert.Contains("These two collectes cannot be compared: they did not use the same questionnaire.", english.Text);
    }

    [Fact]
    public async Task A_collecte_chosen_by_a_value_that_is_not_one_gets_a_french_message_without_code_names()
    {
        var cycle = await factory.CycleAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var page = await organizer.Browser().GetAsync($"/comite/bilan/{cycle.Id}?after=abc");

        var errors = System.Text.RegularExpressions.Regex.Match(page.Text, "<div class=\"errors\" role=\"alert\"><ul>(.*?)</ul>").Groups[1].Value.Trim();
        Assert.Equal("<li>La valeur «\u00a0abc\u00a0» n'est pas acceptée ici.</li>", errors);
    }

    [Fact]
    public async Task A_comite_member_records_a_decision_and_citizens_read_only_the_public_part()
    {
        var cycle = await factory.CycleAsync();
        var member = await factory.SignInAsAsync(Roles.Committee);
        await factory.JoinComiteAsync(member.UserId);
        var target = await factory.WithDbAsync(db => db.ChosenTargets.Where(t => t.Cycle!.YearLabel == ComiteDemoSeeder.CycleYear).OrderBy(t => t.Order).Skip(1).FirstAsync());

        await member.Browser().PostAsync($"/comite/bilan/{cycle.Id}?handler=Review",
            ("Review.TargetId", target.Id.ToString()), ("Review.Decision", "Adjust"),
            ("Review.Comment", "Le CLSC se retire en juin, à discuter en privé."), ("Review.PublicText", "On continue, avec plus de secteurs."),
            ("Review.IsPublic", "true"));
        var anonymous = factory.CreateClient();
        var response = await anonymous.GetAsync($"/bilan/{cycle.Comite!.Territory!.Code}/{cycle.YearLabel}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("On continue, avec plus de secteurs.", html);
        Assert.Contains("Ajuster la cible", html);
        Assert.Contains(target.Wording, html);
        Assert.DoesNotContain("Le CLSC se retire en juin", html);
        Assert.DoesNotContain("Relancer la Ville pour la salle.", html);
        Assert.DoesNotContain("Première rencontre tenue.", html);
        var review = await factory.WithDbAsync(db => db.TargetReviews.SingleAsync(r => r.TargetId == target.Id));
        Assert.Equal(Diagnostic.Core.Plans.TargetDecision.Adjust, review.Decision);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.BilanReviewSaved).ToListAsync());
        Assert.Contains(audit, e => e.Details == "decision=adjust, public" && !e.Details.Contains("CLSC"));
    }

    [Fact]
    public async Task The_public_summary_of_an_unknown_year_is_404_and_needs_no_sign_in()
    {
        var cycle = await factory.CycleAsync();
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        var summary = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/bilan/{cycle.Comite!.Territory!.Code}/{cycle.YearLabel}"));

        Assert.Contains("Les rencontres de voisinage continuent", summary);
        Assert.DoesNotContain("À revoir avec le CLSC", summary);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/bilan/{cycle.Comite!.Territory!.Code}/1999-2000")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/bilan/{cycle.Comite.Territory.Code}/{cycle.YearLabel}")).StatusCode);
    }

    [Fact]
    public async Task The_bilan_is_404_for_a_comite_member_of_no_comite_and_sign_in_for_anonymous()
    {
        var cycle = await factory.CycleAsync();
        var outsider = await factory.SignInAsAsync(Roles.Committee);
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/comite/bilan/{cycle.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"/comite/bilan/{cycle.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_regional_view_sets_the_local_comites_side_by_side()
    {
        var organizer = await factory.SignInAsAsync(Roles.Organizer);
        var outsider = await factory.SignInAsAsync(Roles.Committee);

        var page = await organizer.Browser().GetAsync($"/comite/region/{DemoTerritory.RegionCode}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Ville de Shawinigan", page.Text);
        Assert.Contains("Rencontres de voisinage", (await organizer.Browser().GetAsync($"/comite/plan/{(await factory.CycleAsync()).Id}")).Text);
        Assert.Contains("Collecte de suivi — Shawinigan", page.Text);
        Assert.Matches("<td class=\"score\">\\d+,\\d \\(n = \\d+\\)</td>", page.Html);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/comite/region/{DemoTerritory.RegionCode}")).StatusCode);
    }

    [Fact]
    public async Task The_bilan_reads_in_English_on_request()
    {
        var cycle = await factory.CycleAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var page = await organizer.Browser().GetAsync($"/comite/bilan/{cycle.Id}?lang=en");

        Assert.Contains("Annual review — Comité de partenaires de Shawinigan, 2026-2027", page.Text);
        Assert.Contains("from one collection to the next", page.Text);
        Assert.Contains("In progress", page.Text);
        Assert.DoesNotContain("Bilan annuel", page.Text);
    }

    private static string Csv(double? value) =>
        value is { } v ? v.ToString("F4", CultureInfo.InvariantCulture).Replace('.', ',') : "";
}
