using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Responses;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Responses;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data.Collectes;

/// <summary>
/// Counts for the participation dashboard. Only counts leave this class: no answer other than the age band,
/// which the organisatrice needs to see whom the collecte still misses.
/// </summary>
public sealed class ParticipationQuery(DiagnosticDbContext db, TimeProvider clock)
{
    public const string AgeQuestionId = "age";

    public async Task<ParticipationReport> BuildAsync(
        Collecte collecte, Questionnaire questionnaire, CancellationToken cancellationToken)
    {
        var rows = await db.Responses.AsNoTracking()
            .Where(r => r.CollecteId == collecte.Id)
            .Select(r => new { r.NeighbourhoodCode, r.Status, r.SubmittedAt, r.Channel })
            .ToListAsync(cancellationToken);
        var neighbourhoods = collecte.Neighbourhoods
            .OrderBy(n => n.Territory!.Name, CollecteLoading.NameOrder)
            .Select(n => new ParticipationReport.Neighbourhood(
                n.Territory!.Code, n.Territory.Name, n.ParticipationTarget,
                rows.Count(r => r.NeighbourhoodCode == n.Territory.Code && r.Status == ResponseStatus.Submitted),
                rows.Count(r => r.NeighbourhoodCode == n.Territory.Code && r.Status == ResponseStatus.Draft)))
            .ToList();
        var submitted = rows.Where(r => r.Status == ResponseStatus.Submitted && r.SubmittedAt is not null).ToList();
        var cumulative = 0;
        var days = submitted
            .GroupBy(r => QuebecDates.DayOf(r.SubmittedAt!.Value))
            .OrderBy(g => g.Key)
            .Select(g => new ParticipationReport.Day(g.Key, g.Count(), cumulative += g.Count()))
            .ToList();
        var byChannel = submitted.GroupBy(r => r.Channel.ToString().ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.Count());
        return new ParticipationReport(neighbourhoods, days, await AgeBandsAsync(collecte, questionnaire, cancellationToken), byChannel)
        {
            Pace = SubmissionPace.Of(submitted.Select(r => r.SubmittedAt!.Value), clock.GetUtcNow()),
            UnplacedDrafts = rows.Count(r => r.Status == ResponseStatus.Draft && !collecte.Neighbourhoods.Any(n => n.Territory!.Code == r.NeighbourhoodCode)),
        };
    }

    /// <summary>Submitted responses per answer of `age`, in the questionnaire's choice order; empty when there is no such question.</summary>
    private async Task<IReadOnlyList<ParticipationReport.Band>> AgeBandsAsync(
        Collecte collecte, Questionnaire questionnaire, CancellationToken cancellationToken)
    {
        var question = questionnaire.FindQuestion(AgeQuestionId);
        if (question is null) return [];
        var index = questionnaire.Questions.ToList().IndexOf(question);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var response in ResponseStream.ReadSubmittedAsync(db, collecte.Id, questionnaire, cancellationToken))
        {
            var code = response.Values[index] ?? "";
            counts[code] = counts.GetValueOrDefault(code) + 1;
        }
        return question.ChoiceList.Select(c => c.Code).Append("")
            .Select(code => new ParticipationReport.Band(code, counts.GetValueOrDefault(code)))
            .ToList();
    }
}
