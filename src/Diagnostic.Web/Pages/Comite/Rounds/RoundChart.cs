using Diagnostic.Web.Localization;
using Diagnostic.Core.Charts;
using Diagnostic.Data.Entities;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite.Rounds;

/// <summary>The chart of a closed round: one bar per voter type for each candidate, in ranking order.</summary>
public static class RoundChart
{
    public static VoteResultsChart Build(RoundTally tally, IReadOnlyList<CandidateTarget> candidates, IStringLocalizer<ComiteText> strings)
    {
        var names = candidates.ToDictionary(c => c.Id, c => c.Wording);
        var types = Types(tally, strings);
        if (tally.Dots is { } dots)
        {
            // Voter types that placed no dot at all are left out of the chart and its table; each other type keeps its own bar.
            var series = types.Select(t => new VoteSeries(t.Name,
                    dots.Select(r => (double?)r.DotsByVoterType.GetValueOrDefault(t.Code)).ToList()))
                .Where(s => s.Values.Any(v => v > 0)).ToList();
            return new VoteResultsChart(strings["Results.DotsChart", tally.Round.Title], strings["Candidate.Wording"], strings["Results.Dots"],
                dots.Select(r => names[r.CandidateId]).ToList(), series, dots.Select(r => r.Dots.ToString()).ToList(),
                strings["Results.TotalAllTypes"], v => v.ToString("0"), strings["Results.TieRuleDots"]) { WholeNumbers = true };
        }
        var rows = tally.Criteria!;
        var scoreSeries = types.Select(t => new VoteSeries(t.Name,
                rows.Select(r => r.CompositeByVoterType.TryGetValue(t.Code, out var v) ? v : (double?)null).ToList()))
            .Where(s => s.Values.Any(v => v is not null)).ToList();
        return new VoteResultsChart(strings["Results.CriteriaChart", tally.Round.Title], strings["Candidate.Wording"], strings["Results.Composite"],
            rows.Select(r => names[r.CandidateId]).ToList(), scoreSeries, rows.Select(r => Numbers.Current.Number(r.Composite, 2, "")).ToList(),
            strings["Results.CompositeAllTypes"], v => Numbers.Current.Number(v, 2, ""), strings["Results.TieRuleCriteria"]);
    }

    /// <summary>The comité's voter types, plus « sans distinction » when paper dots were counted without colours.</summary>
    private static IReadOnlyList<(string Code, string Name)> Types(RoundTally tally, IStringLocalizer<ComiteText> strings)
    {
        var types = tally.VoterTypes.Select(t => (t.Code, t.Name)).ToList();
        if (tally.Dots?.Any(r => r.DotsByVoterType.ContainsKey(PaperDots.AllParticipants)) == true)
            types.Add((PaperDots.AllParticipants, strings["Paper.AllParticipants"]));
        return types;
    }
}
