using Diagnostic.Core.Analysis;
using Diagnostic.Core.Analysis.Weighting;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Web.Pages.Admin.TerritoryData;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Portraits.Territory;

/// <summary>
/// Builds what the weighted switch shows, from the portrait and Core's weighted portrait only: a figure is written
/// when Core did not suppress it (Core suppresses every weighted row whose portrait row is suppressed, and more),
/// and a neighbourhood whose respondent count the portrait hides shows nothing.
/// </summary>
public static class WeightedViews
{
    public static WeightedView Build(
        CachedPortrait portrait, WeightedPortraitResult result, string neighbourhood, bool on, string switchUrl,
        string language, IStringLocalizer<TerritoryPortraitText> local, IStringLocalizer<TerritoryDataText> problems)
    {
        var numbers = new PortraitNumbers(language);
        var questionnaire = portrait.Collecte.Questionnaire;
        var minCell = portrait.Portrait.MinCell;
        var question = result.Portrait is { } w ? questionnaire.Sections.SelectMany(s => s.Questions).First(q => q.Id == w.QuestionId) : null;
        var explanation = local["Weighted.Explanation", question?.Text.In(language) ?? ""].Value;
        if (!on) return new WeightedView(false, switchUrl, explanation, null, false, [], []);
        if (result.Portrait is not { } weighted)
        {
            return new WeightedView(true, switchUrl, explanation,
                local["Weighted.Refused", string.Join(" ", result.Errors.Select(e => DataFileProblemText.For(problems, e.Kind, e.Arguments)))].Value, false, [], []);
        }
        var audience = Audience.Citizen;
        if (portrait.Respondents(audience, neighbourhood).Suppressed) return new WeightedView(true, switchUrl, explanation, null, true, [], []);
        var rows = weighted.Rows.Where(r => r.Neighbourhood == neighbourhood).ToList();
        var scores = new PortraitCharts(portrait, language).Dimensions.Select(d => new WeightedScoreRow(
            d.Title,
            NeighbourhoodViews.Score(portrait.Portrait.Find(audience, neighbourhood, FigureLevel.Dimension, d.Id), numbers, minCell),
            Estimate(rows.FirstOrDefault(r => r.Level == WeightedLevel.Dimension && r.Id == d.Id), numbers, minCell, local),
            rows.FirstOrDefault(r => r.Level == WeightedLevel.Dimension && r.Id == d.Id) is { Suppressed: false, NEff: { } nEff } ? numbers.Number(nEff) : "—"))
            .ToList();
        var choices = question!.ChoiceList.ToDictionary(c => c.Code, c => c.Label.In(language), StringComparer.Ordinal);
        var cells = rows.Where(r => r.Level == WeightedLevel.Weight).Select(r => new WeightCellRow(
            string.Join(" + ", r.Id.Split('|').Select(code => choices.GetValueOrDefault(code, code))),
            r.Suppressed ? $"n < {minCell}" : r.N is { } n ? numbers.Count(n) : "—",
            r is { Suppressed: false, Population: { } p } ? numbers.Number(p) : "—",
            r is { Suppressed: false, Weight: { } wt } ? numbers.Number(wt, 2) : "—")).ToList();
        return new WeightedView(true, switchUrl, explanation, null, false, scores, cells);
    }

    /// <summary>« 68 (62 à 74) », « n &lt; 5 » when suppressed, « — » when not defined.</summary>
    private static string Estimate(WeightedPortraitRow? row, PortraitNumbers numbers, int minCell, IStringLocalizer<TerritoryPortraitText> local) => row switch
    {
        { Suppressed: true } => $"n < {minCell}",
        { Estimate: { } e, CiLow: { } low, CiHigh: { } high } => local["Weighted.Interval", numbers.Number(e), numbers.Number(low), numbers.Number(high)].Value,
        { Estimate: { } e } => numbers.Number(e),
        _ => "—",
    };
}
