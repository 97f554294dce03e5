using System.Net;
using Diagnostic.Core.Plans;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Diagnostic.Web.Tests.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Comite.Bilan;

/// <summary>
/// The bilan's effects on the concertation name the new partnerships: two organisations sharing an activité (porteur or
/// commitment) this year that shared none in an earlier year of the comité; citizens' commitments are no organisation.
/// </summary>
public sealed class PartnershipTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    [Fact]
    public async Task Pairs_working_together_for_the_first_time_are_listed_and_older_pairs_are_not()
    {
        var w = await ComiteWorld.CreateAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            var (alpha, beta, gamma) = (Organisation("Alpha"), Organisation("Bêta"), Organisation("Gamma"));
            var earlier = new ComiteCycle { ComiteId = w.ComiteId, YearLabel = "2025-2026" };
            var old = Target(earlier);
            // 2025-2026: Alpha carries an activité Bêta commits to.
            var before = Action(old, "Ancienne", alpha);
            before.Commitments.Add(Commitment("Bêta", beta));
            var target = Target(null);
            target.CycleId = w.CycleId;
            // 2026-2027: the same pair again, Gamma joining it; Gamma carries another with a partner known by name only.
            var again = Action(target, "Cuisine collective", alpha);
            again.Commitments.AddRange([Commitment("Bêta", beta), Commitment("Gamma", gamma), new ActionCommitment { PartnerName = "Voisins", People = "Six", ByCitizens = true }]);
            var other = Action(target, "Jardins", gamma);
            other.Commitments.Add(Commitment("Popote roulante", null));
            db.AddRange(alpha, beta, gamma, earlier, old, before, target, again, other);
            return await db.SaveChangesAsync();
        });

        var page = await w.Organizer.Browser().GetAsync($"/comite/bilan/{w.CycleId}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Nouveaux partenariats", page.Text);
        Assert.Contains("3 paire(s) d'organisations ont travaillé ensemble sur une activité (porteur ou engagement) pour la première fois dans les années du comité :", page.Text);
        var list = page.Html[page.Html.IndexOf("id=\"process-partnerships\"", StringComparison.Ordinal)..];
        list = list[..list.IndexOf("</ul>", StringComparison.Ordinal)];
        Assert.Equal(
            ["Alpha + Gamma — Cuisine collective", "Bêta + Gamma — Cuisine collective", "Gamma + Popote roulante — Jardins"],
            System.Text.RegularExpressions.Regex.Matches(list, "<li>(.*?)</li>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)));
        Assert.Contains("Organisations arrivées depuis 2025-2026 : Gamma, Popote roulante", page.Text);
        // The bilan prints as it reads: the section is not hidden from the printed page.
        Assert.Contains("data-print", page.Html);
        Assert.DoesNotContain("no-print\" id=\"process", page.Html);
    }

    [Fact]
    public async Task A_year_where_no_pair_is_new_says_so()
    {
        var w = await ComiteWorld.CreateAsync(factory);

        var page = await w.Organizer.Browser().GetAsync($"/comite/bilan/{w.CycleId}");

        Assert.Contains("Aucun nouveau partenariat cette année", page.Text);
    }

    private static PartnerOrganisation Organisation(string name) => OrganisationWorld.Organisation(name, "ville", PartnerNetwork.Communautaire);

    private static ChosenTarget Target(ComiteCycle? cycle) => new()
    {
        Cycle = cycle, Order = 1, Wording = "Cible", Neighbourhoods = ["ALL"], DecidedAt = DateTimeOffset.UtcNow,
    };

    private static PlanAction Action(ChosenTarget target, string title, PartnerOrganisation porteur) => new()
    {
        Target = target, Order = 1, Title = title, LeadPartner = porteur, LeadOrganisation = porteur.Name, Status = ActionStatus.InProgress,
        StartDate = new DateOnly(2026, 9, 1), DueDate = new DateOnly(2026, 12, 1),
    };

    private static ActionCommitment Commitment(string name, PartnerOrganisation? organisation) =>
        new() { PartnerName = name, Organisation = organisation, People = "Une personne" };
}
