using Diagnostic.Core.Analysis;
using Diagnostic.Core.Analysis.Weighting;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Core.Representativeness;
using Diagnostic.Web.Pages.Portraits.Territory;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Portraits;

/// <summary>Builds (once per portrait version and language) the territory overview.</summary>
public static class OverviewViews
{
    /// <param name="census">The census imported for the collecte, if any: the age table compares with it when it is by age.</param>
    public static OverviewView Get(CachedPortrait portrait, string language, IStringLocalizer<PortraitText> words, ImportedCensus? census) =>
        portrait.Derived($"overview|{language}|{census?.Id ?? 0}", () => Build(portrait, language, words, census?.Census));

    private static OverviewView Build(CachedPortrait portrait, string language, IStringLocalizer<PortraitText> words, Census? census)
    {
        var audience = portrait.MainAudience;
        var numbers = new PortraitNumbers(language);
        var respondents = new RespondentCountText(numbers, words, portrait.Portrait.MinCell);
        var charts = new PortraitCharts(portrait, language);
        var findings = new PortraitFindings(portrait, words, language);
        var age = AgeQuestion(portrait.Collecte.Questionnaire);
        var neighbourhoods = portrait.Collecte.Neighbourhoods;
        // Only citizens are compared with residents; the census compares ages when it was imported for the age question.
        var ageCensus = audience == Audience.Citizen && age is not null && census?.QuestionId == age.Id ? census : null;
        return new OverviewView(
            respondents.Total(portrait.Respondents(audience, PortraitRow.AllNeighbourhoods), audience),
            neighbourhoods.Select(n => Participation(portrait.Respondents(audience, n.Code), n, numbers, respondents)).ToList(),
            neighbourhoods.Any(n => portrait.Respondents(audience, n.Code).Reason == SuppressionReason.Complement)
                ? words["Participation.Complement", portrait.Portrait.MinCell].Value : null,
            neighbourhoods.Any(n => n.ParticipationTarget is not null),
            age?.Text.In(language),
            age is null ? [] : Ages(portrait, audience, age, language, numbers, ageCensus),
            HasCensus: ageCensus is not null,
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

    /// <summary>The sample's age bands over the territory, beside each band's share of the census population (summed over its neighbourhoods).</summary>
    private static IReadOnlyList<AgeRow> Ages(CachedPortrait portrait, Audience audience, Question age, string language, PortraitNumbers numbers, Census? census)
    {
        var shares = census is null ? null
            : RepresentativenessProfile.For(portrait.Portrait, audience, PortraitRow.AllNeighbourhoods, age, census, language);
        return age.ChoiceList.Select((choice, i) =>
        {
            var row = portrait.Portrait.Find(audience, PortraitRow.AllNeighbourhoods, FigureLevel.Choice, $"{age.Id}:{choice.Code}");
            var inCensus = shares?[i].PopulationShare is { } share ? numbers.Percent(share) : "—";
            return row switch
            {
                { Suppressed: true } => new AgeRow(choice.Label.In(language), $"n < {portrait.Portrait.MinCell}", "—", inCensus),
                { Count: { } c, Pct: { } pct } => new AgeRow(choice.Label.In(language), numbers.Count(c), numbers.Percent(pct), inCensus),
                _ => new AgeRow(choice.Label.In(language), "—", "—", inCensus),
            };
        }).ToList();
    }
}
