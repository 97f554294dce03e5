using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>Builds (once per portrait version and language) the territory overview.</summary>
public static class OverviewViews
{
    public static OverviewView Get(CachedPortrait portrait, string language, IStringLocalizer<PortraitText> words) =>
        portrait.Derived($"overview|{language}", () => Build(portrait, language, words));

    private static OverviewView Build(CachedPortrait portrait, string language, IStringLocalizer<PortraitText> words)
    {
        var audience = portrait.MainAudience;
        var numbers = new PortraitNumbers(language);
        var respondents = new RespondentCountText(numbers, words, portrait.Portrait.MinCell);
        var charts = new PortraitCharts(portrait, language);
        var findings = new PortraitFindings(portrait, words, language);
        var age = AgeQuestion(portrait.Collecte.Questionnaire);
        var neighbourhoods = portrait.Collecte.Neighbourhoods;
        return new OverviewView(
            respondents.Total(portrait.Respondents(audience, PortraitRow.AllNeighbourhoods), audience),
            neighbourhoods.Select(n => Participation(portrait.Respondents(audience, n.Code), n, numbers, respondents)).ToList(),
            neighbourhoods.Any(n => portrait.Respondents(audience, n.Code).Reason == SuppressionReason.Complement)
                ? words["Participation.Complement", portrait.Portrait.MinCell].Value : null,
            neighbourhoods.Any(n => n.ParticipationTarget is not null),
            age?.Text.In(language),
            age is null ? [] : Ages(portrait, audience, age, language, numbers),
            // The territory model holds no census age shares yet: the page says the comparison cannot be made.
            HasCensus: false,
            charts.Dimensions.Count > 0 ? ChartView.For(PortraitCharts.HeatmapKey, charts.Heatmap(audience), portrait) : null,
            neighbourhoods.Select(n => new NeighbourhoodFindings(n.Code, n.Name, findings.For(audience, n.Code)))
                .Where(f => f.Findings.Count > 0).ToList()) { Audience = audience };
    }

    /// <summary>The profile question whose id is `age`, else the first single-choice question of a profile section.</summary>
    public static Question? AgeQuestion(Questionnaire questionnaire)
    {
        var profile = questionnaire.Sections.Where(s => s.IsProfile).SelectMany(s => s.Questions).Where(q => q.Type == QuestionType.Single).ToList();
        return profile.FirstOrDefault(q => q.Id == "age") ?? profile.FirstOrDefault();
    }

    /// <summary>The rate per 1 000 residents is shown only with the count: with the population it would give the count back.</summary>
    private static ParticipationRow Participation(RespondentCount count, PortraitNeighbourhood n, PortraitNumbers numbers, RespondentCountText respondents) =>
        new(
            n.Code,
            n.Name,
            n.Population is { } p ? numbers.Count(p) : "—",
            respondents.Count(count),
            count.N is { } shown && n.Population is > 0 ? numbers.Number(1000.0 * shown / n.Population.Value, 1) : "—",
            n.ParticipationTarget is { } t ? numbers.Count(t) : "—");

    private static IReadOnlyList<AgeRow> Ages(CachedPortrait portrait, Audience audience, Question age, string language, PortraitNumbers numbers) =>
        age.ChoiceList.Select(choice =>
        {
            var row = portrait.Portrait.Find(audience, PortraitRow.AllNeighbourhoods, FigureLevel.Choice, $"{age.Id}:{choice.Code}");
            return row switch
            {
                { Suppressed: true } => new AgeRow(choice.Label.In(language), $"n < {portrait.Portrait.MinCell}", "—", "—"),
                { Count: { } c, Pct: { } pct } => new AgeRow(choice.Label.In(language), numbers.Count(c), numbers.Percent(pct), "—"),
                _ => new AgeRow(choice.Label.In(language), "—", "—", "—"),
            };
        }).ToList();
}
