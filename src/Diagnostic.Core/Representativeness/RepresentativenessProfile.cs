using Diagnostic.Core.Analysis;
using Diagnostic.Core.Analysis.Weighting;
using Diagnostic.Core.Questionnaires;

namespace Diagnostic.Core.Representativeness;

/// <summary>
/// The sample's profile against the census in one neighbourhood (or ALL): respondents by answer of the census's
/// profile question, taken from the portrait after suppression (nothing is counted here, so a hidden count stays
/// hidden), beside each answer's share of the census population.
/// </summary>
public static class RepresentativenessProfile
{
    public static IReadOnlyList<RepresentativenessRow> For(
        Portrait portrait, Audience audience, string neighbourhood, Question question, Census census, string language)
    {
        // A neighbourhood whose respondent count the portrait hides (too few, or as a complement) shows no sample figure.
        var count = portrait.RespondentsOf(audience, neighbourhood);
        var populations = Populations(census, neighbourhood);
        var total = populations?.Sum() ?? 0;
        return question.ChoiceList.Select((choice, i) =>
        {
            var row = portrait.Find(audience, neighbourhood, FigureLevel.Choice, $"{question.Id}:{choice.Code}");
            var shown = !count.Suppressed && row is { Suppressed: false, Count: not null, Pct: not null };
            // A choice row the portrait hides inside a shown unit rests on too few answers to the question.
            var reason = shown ? SuppressionReason.None : count.Suppressed ? count.Reason : SuppressionReason.TooFew;
            return new RepresentativenessRow(
                choice.Code,
                choice.Label.In(language),
                shown ? row!.Count : null,
                shown ? row!.Pct : null,
                total > 0 ? populations![i] / total : null,
                reason);
        }).ToList();
    }

    /// <summary>The census population per code: the neighbourhood's, or the sum over the census's neighbourhoods for ALL.</summary>
    private static double[]? Populations(Census census, string neighbourhood)
    {
        if (neighbourhood != PortraitRow.AllNeighbourhoods)
        {
            return census.Neighbourhoods.TryGetValue(neighbourhood, out var rows) ? rows.Populations.Select(p => p ?? 0).ToArray() : null;
        }
        var sums = new double[census.Codes.Count];
        foreach (var rows in census.Neighbourhoods.Values)
            for (var i = 0; i < sums.Length; i++) sums[i] += rows.Populations[i] ?? 0;
        return sums;
    }
}
