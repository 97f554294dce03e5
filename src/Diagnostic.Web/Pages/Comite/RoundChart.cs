using Diagnostic.Core.Charts;
using Diagnostic.Data.Entities;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite;

/// <summary>The chart of a closed round: one bar per voter type for each candidate, in ranking order.</summary>
public static class RoundChart
{
    public static VoteResultsChart Build(RoundTally tally, IReadOnlyList<CandidateTarget> candidates, IStringLocalizer<ComiteText> text)
    {
        var names = candidates.ToDictionary(c => c.Id, c => c.Wording);
        var types = Types(tally, text);
        if (tally.Dots is { } dots)
        {
            var series = types.Select(t => new VoteSeries(t.Name,
                dots.Select(r => (double?)r.DotsByVoterType.GetValueOrDefault(t.Code)).ToList())).ToList();
            return new VoteResultsChart(text["Results.DotsChart", tally.Round.Title], text["Results.Dots"],
                dots.Select(r => names[r.CandidateId]).ToList(), series, dots.Select(r => r.Dots.ToString()).ToList(),
                text["Results.TotalAllTypes"], v => v.ToString("0"), text["Results.TieRuleDots"]);
        }
        var rows = tally.Criteria!;
        var scoreSeries = types.Select(t => new VoteSeries(t.Name,
            rows.Select(r => r.CompositeByVoterType.TryGetValue(t.Code, out var v) ? v : (double?)null).ToList())).ToList();
        return new VoteResultsChart(text["Results.CriteriaChart", tally.Round.Title], text["Results.Composite"],
            rows.Select(r => names[r.CandidateId]).ToList(), scoreSeries, rows.Select(r => Numbers.Format(r.Composite, 2)).ToList(),
            text["Results.CompositeAllTypes"], v => Numbers.Format(v, 2), text["Results.TieRuleCriteria"]);
    }

    /// <summary>The comité's voter types, plus « sans distinction » when paper dots were counted without colours.</summary>
    private static IReadOnlyList<(string Code, string Name)> Types(RoundTally tally, IStringLocalizer<ComiteText> text)
    {
        var types = tally.VoterTypes.Select(t => (t.Code, t.Name)).ToList();
        if (tally.Dots?.Any(r => r.DotsByVoterType.ContainsKey(PaperDots.AllParticipants)) == true)
            types.Add((PaperDots.AllParticipants, text["Paper.AllParticipants"]));
        return types;
    }
}
