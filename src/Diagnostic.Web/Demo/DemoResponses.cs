using Diagnostic.Core.Questionnaires;
using Diagnostic.Data;
using Diagnostic.Data.Entities;

namespace Diagnostic.Web.Demo;

/// <summary>Stores the seeded generator's synthetic responses as submitted web responses of a demo collecte.</summary>
internal static class DemoResponses
{
    public static void Add(
        DiagnosticDbContext db, Collecte collecte, Questionnaire questionnaire, int count, int seed, DateTimeOffset now)
    {
        var neighbourhoods = DemoNeighbourhood.Varied(
                DemoTerritory.Neighbourhoods.Select(n => n.Code).ToList(),
                questionnaire.Dimensions.Select(d => d.Id).ToList(), seed)
            .Select((n, i) => n with { Weight = DemoTerritory.Neighbourhoods[i].Population })
            .ToList();
        var generator = new DemoResponseGenerator(questionnaire, neighbourhoods, new DemoOptions(seed, now.AddDays(-30), now));
        foreach (var record in generator.Generate(count))
        {
            var submittedAt = record.SubmittedAt ?? now;
            db.Responses.Add(new Response
            {
                PublicId = record.ResponseId,
                CollecteId = collecte.Id,
                NeighbourhoodCode = record.Neighbourhood,
                Audience = record.Audience,
                Language = record.Language,
                Channel = ResponseChannel.Web,
                StartedAt = submittedAt.AddMinutes(-12),
                SubmittedAt = submittedAt,
                QuestionnaireHash = collecte.Snapshot!.Hash,
                Status = ResponseStatus.Submitted,
                SubmissionKey = "demo:" + record.ResponseId,
                Answers = questionnaire.Questions
                    .Select((q, i) => (q.Id, Value: record.Values[i]))
                    .Where(a => a.Value is not null)
                    .ToDictionary(a => a.Id, a => a.Value!),
            });
        }
    }
}
