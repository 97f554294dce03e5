using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Portraits;

/// <summary>
/// Submitted answers for the test collecte, written straight to the database, and the same answers as response
/// records for an independent portrait. Three neighbourhoods: nord (40), est (12) and sud (3, below min_cell 5;
/// est is then hidden as its complement). Only `fier` (accord4, the one scale item of dimension `vie`) matters here.
/// </summary>
public static class PortraitData
{
    public static readonly Questionnaire Questionnaire = QuestionnaireReader.Read(TestQuestionnaire.Yaml, "test.yaml").Questionnaire!;

    /// <summary>
    /// nord: 20 × fier 3 and 20 × fier 4: mean code 3.5, dimension score 100 × (3.5 − 1) / 3 = 83.333…
    /// sud: fier 1, 1, 2: mean code 4/3, score 11.111… — a value that must never reach a page, a chart or a file.
    /// </summary>
    public static IReadOnlyList<(string Neighbourhood, string Age, string Fier)> Answers { get; } =
    [
        .. Enumerable.Range(0, 40).Select(i => ("nord", i % 2 == 0 ? "14-34" : "35+", i < 20 ? "3" : "4")),
        .. Enumerable.Range(0, 12).Select(i => ("est", "35+", i < 6 ? "2" : "NSP")),
        ("sud", "14-34", "1"), ("sud", "14-34", "1"), ("sud", "35+", "2"),
    ];

    public static async Task SeedAsync(DiagnosticWebFactory factory, bool portraitPublic = true)
    {
        await factory.SeedAsync();
        await factory.WithDbAsync(async db =>
        {
            if (await db.Territories.AnyAsync(t => t.Code == "est")) return 0;
            var city = await db.Territories.SingleAsync(t => t.Code == "ville");
            var est = new Territory { Code = "est", Name = "Est-Côté", Level = TerritoryLevel.Neighbourhood, Population = 500, Parent = city };
            db.Territories.Add(est);
            var collecte = await db.Collectes.SingleAsync(s => s.PublicCode == DiagnosticWebFactory.OpenCode);
            collecte.PortraitPublic = portraitPublic;
            db.CollecteNeighbourhoods.Add(new CollecteNeighbourhood { Collecte = collecte, Territory = est });
            foreach (var (neighbourhood, age, fier) in Answers)
                db.Responses.Add(Response(collecte.Id, neighbourhood, age, fier));
            return await db.SaveChangesAsync();
        });
    }

    public static Task AddAsync(DiagnosticWebFactory factory, string neighbourhood, string age, string fier) => factory.WithDbAsync(async db =>
    {
        var collecte = await db.Collectes.SingleAsync(s => s.PublicCode == DiagnosticWebFactory.OpenCode);
        db.Responses.Add(Response(collecte.Id, neighbourhood, age, fier));
        return await db.SaveChangesAsync();
    });

    /// <summary>The seeded answers as the analysis reads them, in database order.</summary>
    public static IEnumerable<ResponseRecord> Records() =>
        Answers.Select((a, i) => new ResponseRecord(
            $"r{i}", a.Neighbourhood, Audience.Citizen, "fr", null,
            Questionnaire.Questions.Select(q => q.Id switch { "age" => a.Age, "fier" => a.Fier, _ => null }).ToArray()));

    private static Response Response(int collecteId, string neighbourhood, string age, string fier) => new()
    {
        PublicId = Guid.NewGuid().ToString(),
        CollecteId = collecteId,
        NeighbourhoodCode = neighbourhood,
        Audience = Audience.Citizen,
        Language = "fr",
        Channel = ResponseChannel.Web,
        StartedAt = DateTimeOffset.UtcNow,
        SubmittedAt = DateTimeOffset.UtcNow,
        QuestionnaireHash = Questionnaire.SourceHash,
        Status = ResponseStatus.Submitted,
        Answers = new Dictionary<string, string> { ["age"] = age, ["fier"] = fier },
    };
}
