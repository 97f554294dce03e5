using Diagnostic.Core.Comite;
using Diagnostic.Data.Entities;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite.Rounds;

/// <summary>The fields of a new voting round (first round over every candidate of the year).</summary>
public sealed class RoundForm
{
    public const int MaxDotBudget = 50;

    public int SeanceId { get; set; }
    public string? Title { get; set; }
    public VotingRoundKind Kind { get; set; } = VotingRoundKind.Dots;
    public int DotBudget { get; set; } = 5;
    public int WeightImportance { get; set; } = 1;
    public int WeightUrgency { get; set; } = 1;
    public int WeightFeasibility { get; set; } = 1;
    public int WeightMobilisation { get; set; } = 1;
    public int WeightEquity { get; set; } = 1;
    public int WeightCoherence { get; set; } = 1;

    public CriteriaWeights Weights =>
        new(WeightImportance, WeightUrgency, WeightFeasibility, WeightMobilisation, WeightEquity, WeightCoherence);

    public string? Problem(IStringLocalizer<ComiteText> strings)
    {
        if (string.IsNullOrWhiteSpace(Title)) return strings["Round.TitleRequired"];
        if (Kind == VotingRoundKind.Dots && DotBudget is < 1 or > MaxDotBudget) return strings["Round.BudgetInvalid", MaxDotBudget];
        if (Kind == VotingRoundKind.Criteria && Weights.Problems().Count > 0) return strings["Round.WeightsInvalid", CriteriaWeights.MaxWeight];
        return null;
    }

    public VotingRound ToRound(IEnumerable<int> candidates, DateTimeOffset now)
    {
        var round = new VotingRound
        {
            SeanceId = SeanceId,
            Title = Title!.Trim(),
            Kind = Kind,
            Status = VotingRoundStatus.Open,
            DotBudget = Kind == VotingRoundKind.Dots ? DotBudget : null,
            OpenedAt = now,
        };
        if (Kind == VotingRoundKind.Criteria)
        {
            (round.WeightImportance, round.WeightUrgency, round.WeightFeasibility) = (WeightImportance, WeightUrgency, WeightFeasibility);
            (round.WeightMobilisation, round.WeightEquity, round.WeightCoherence) = (WeightMobilisation, WeightEquity, WeightCoherence);
        }
        round.Candidates.AddRange(candidates.Select(id => new VotingRoundCandidate { CandidateId = id }));
        return round;
    }
}
