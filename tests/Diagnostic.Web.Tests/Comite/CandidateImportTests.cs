using System.Net;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Responses;
using Diagnostic.Web.Demo;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Comite;

/// <summary>Candidates come from the demo collecte's portrait, ranked by the analysis library, défis first.</summary>
public sealed class CandidateImportTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    [Fact]
    public async Task Importing_a_portrait_adds_its_ranked_candidates_with_their_figures_once()
    {
        var oc = await factory.SignInAsAsync(Roles.Organizer);
        var (cycleId, collecteId, cityCode) = await factory.WithDbAsync(async db =>
        {
            var collecte = await db.Collectes.Include(s => s.Territory).SingleAsync(s => s.PublicCode == DemoSeeder.CitizenCode);
            var comite = new Data.Entities.Comite { Name = "Comité démo", TerritoryId = collecte.TerritoryId };
            var cycle = new ComiteCycle { Comite = comite, YearLabel = "2026-2027" };
            db.AddRange(comite, cycle);
            await db.SaveChangesAsync();
            return (cycle.Id, collecte.Id, collecte.Territory!.Code);
        });
        var path = $"/comite/annee/{cycleId}/candidats";
        var fields = new[] { ("CollecteId", collecteId.ToString()), ("Audience", "Citizen"), ("Neighbourhood", PortraitRow.AllNeighbourhoods) };

        var first = await ComiteWorld.PostAsync(oc, path, "Import", fields);
        await ComiteWorld.PostAsync(oc, path, "Import", fields);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        var expected = await ExpectedAsync(collecteId);
        var stored = await factory.WithDbAsync(db => db.CandidateTargets.Where(c => c.CycleId == cycleId).OrderBy(c => c.Order).ToListAsync());
        Assert.Equal(expected.Select(t => (t.Rank, t.DimensionId, t.IsDefi, t.Score, t.N)),
            stored.Select(c => (c.Rank!.Value, c.DimensionId!, c.IsDefi, c.Score!.Value, c.N!.Value)));
        Assert.All(stored, c => Assert.Equal((CandidateOrigin.Portrait, collecteId), (c.Origin, c.CollecteId!.Value)));
        Assert.NotEmpty(expected);
        Assert.NotEmpty(cityCode);
    }

    [Fact]
    public async Task An_unknown_neighbourhood_is_refused_and_nothing_is_added()
    {
        var oc = await factory.SignInAsAsync(Roles.Organizer);
        var (cycleId, collecteId) = await factory.WithDbAsync(async db =>
        {
            var collecte = await db.Collectes.SingleAsync(s => s.PublicCode == DemoSeeder.CitizenCode);
            var cycle = new ComiteCycle { Comite = new Data.Entities.Comite { Name = "Comité vide", TerritoryId = collecte.TerritoryId }, YearLabel = "2026-2027" };
            db.Add(cycle);
            await db.SaveChangesAsync();
            return (cycle.Id, collecte.Id);
        });

        var page = await ComiteWorld.PostAsync(oc, $"/comite/annee/{cycleId}/candidats", "Import",
            ("CollecteId", collecteId.ToString()), ("Audience", "Citizen"), ("Neighbourhood", "nulle-part"));

        Assert.Contains("aucune cible classée", page.Text);
        Assert.Equal(0, await factory.WithDbAsync(db => db.CandidateTargets.CountAsync(c => c.CycleId == cycleId)));
    }

    /// <summary>The ranking as the analysis library gives it for the demo collecte (ALL, citizens).</summary>
    private Task<IReadOnlyList<PriorityTarget>> ExpectedAsync(int collecteId) => factory.WithDbAsync(async db =>
    {
        var collecte = await db.Collectes.Include(s => s.Snapshot).SingleAsync(s => s.Id == collecteId);
        var questionnaire = QuestionnaireReader.Read(collecte.Snapshot!.Yaml, "demo").Questionnaire!;
        var builder = new PortraitBuilder(questionnaire);
        await foreach (var record in ResponseStream.ReadSubmittedAsync(db, collecteId, questionnaire))
            builder.Add(record);
        var unit = PriorityTargets.Rank(builder.Build(), questionnaire)
            .Single(u => u.Audience == Audience.Citizen && u.Neighbourhood == PortraitRow.AllNeighbourhoods);
        return unit.Targets;
    });
}
