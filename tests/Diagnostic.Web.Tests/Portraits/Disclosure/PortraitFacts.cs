using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Portraits.Disclosure;

/// <summary>
/// What the database holds about one collecte's portrait, read straight from it: the truth the pages must not give
/// away (respondents per neighbourhood) and the names the pages print (to tell which unit and figure a cell is).
/// </summary>
public sealed record PortraitFacts(
    string Code,
    string Audience,
    int MinCell,
    IReadOnlyList<string> Neighbourhoods,
    IReadOnlyDictionary<string, int> Respondents,
    IReadOnlyDictionary<string, string> Units,
    IReadOnlyDictionary<string, string> Dimensions,
    IReadOnlyDictionary<string, string> Items)
{
    /// <summary>Submitted responses of the collecte's audience in ALL.</summary>
    public int Total => Respondents.Values.Sum();

    public static Task<PortraitFacts> LoadAsync(DiagnosticWebFactory factory, string code, int minCell = 5) => factory.WithDbAsync(async db =>
    {
        var collecte = await db.Collectes.AsNoTracking().Include(c => c.Snapshot)
            .Include(c => c.Neighbourhoods).ThenInclude(n => n.Territory).SingleAsync(c => c.PublicCode == code);
        var respondents = (await db.Responses.AsNoTracking()
                .Where(r => r.CollecteId == collecte.Id && r.Status == ResponseStatus.Submitted && r.Audience == collecte.Audience)
                .Select(r => r.NeighbourhoodCode!).ToListAsync())
            .GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var questionnaire = QuestionnaireReader.Read(collecte.Snapshot!.Yaml, "snapshot").Questionnaire!;
        var neighbourhoods = collecte.Neighbourhoods.Select(n => n.Territory!).ToList();
        var units = neighbourhoods.ToDictionary(t => PortraitReader.Normalize(t.Name), t => t.Code);
        units["Ensemble du territoire"] = FigureObservations.All;
        units["Whole territory"] = FigureObservations.All;
        return new PortraitFacts(
            code,
            collecte.Audience.ToCode(),
            minCell,
            neighbourhoods.Select(t => t.Code).ToList(),
            neighbourhoods.ToDictionary(t => t.Code, t => respondents.GetValueOrDefault(t.Code)),
            units,
            InBothLanguages(questionnaire.Sections.Where(s => s.IsDimension), s => s.Title, s => s.Id),
            InBothLanguages(questionnaire.Questions.Where(q => q.Type == QuestionType.Scale), q => q.Text, q => q.Id));
    });

    private static Dictionary<string, string> InBothLanguages<T>(IEnumerable<T> items, Func<T, LocalizedText> text, Func<T, string> id)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
            foreach (var language in new[] { "fr", "en" })
                map[PortraitReader.Normalize(text(item).In(language))] = id(item);
        return map;
    }
}
