using Diagnostic.Core.Comite;

namespace Diagnostic.Core.Tests.Comite;

public sealed class CriteriaTallyTests
{
    [Fact]
    public void Composite_and_criterion_means_are_computed_over_all_ballots_and_per_voter_type()
    {
        var weights = new CriteriaWeights(2, 1, 1, 1, 1, 0);
        var ballots = new[]
        {
            new CriteriaBallot(1, "citoyen", 1, CriteriaScores.Of(5, 5, 5, 5, 5, 1)),
            new CriteriaBallot(2, "sante", 1, CriteriaScores.Of(1, 3, 3, 3, 3, 5)),
        };

        var row = Assert.Single(CriteriaTally.Count([1], ballots, weights));

        // By hand: citoyen (2·5+5+5+5+5)/6 = 30/6 = 5; santé (2·1+3+3+3+3)/6 = 14/6; overall (5 + 14/6)/2 = 22/6.
        Assert.Equal(22.0 / 6, row.Composite!.Value, 12);
        Assert.Equal(5.0, row.CompositeByVoterType["citoyen"], 12);
        Assert.Equal(14.0 / 6, row.CompositeByVoterType["sante"], 12);
        Assert.Equal(3.0, row.Means[Criterion.Importance], 12);
        Assert.Equal(3.0, row.Means[Criterion.Coherence], 12);
        Assert.Equal(1.0, row.MeansByVoterType["citoyen"][Criterion.Coherence], 12);
        Assert.Equal(2, row.Ballots);
    }

    [Fact]
    public void Candidates_rank_by_composite_then_ballots_then_candidate_order()
    {
        var ballots = new[]
        {
            new CriteriaBallot(1, "citoyen", 3, CriteriaScores.Of(4, 4, 4, 4, 4, 4)),
            new CriteriaBallot(1, "citoyen", 2, CriteriaScores.Of(3, 3, 3, 3, 3, 3)),
            new CriteriaBallot(2, "citoyen", 2, CriteriaScores.Of(5, 5, 5, 5, 5, 5)),
            new CriteriaBallot(1, "citoyen", 1, CriteriaScores.Of(4, 4, 4, 4, 4, 4)),
        };

        var rows = CriteriaTally.Count([1, 2, 3, 4], ballots, CriteriaWeights.Equal);

        // Candidate 2: (3+5)/2 = 4 with two ballots beats 1 and 3 (4 with one ballot each); 1 before 3 by order; 4 unscored last.
        Assert.Equal([2, 1, 3, 4], rows.Select(r => r.CandidateId));
        Assert.Null(rows[3].Composite);
        Assert.Empty(rows[3].CompositeByVoterType);
    }

    [Fact]
    public void Second_round_among_criteria_leaders_keeps_ties_with_the_last_place()
    {
        var ballots = new[]
        {
            new CriteriaBallot(1, "citoyen", 1, CriteriaScores.Of(5, 5, 5, 5, 5, 5)),
            new CriteriaBallot(1, "citoyen", 2, CriteriaScores.Of(3, 3, 3, 3, 3, 3)),
            new CriteriaBallot(1, "citoyen", 3, CriteriaScores.Of(3, 3, 3, 3, 3, 3)),
        };

        Assert.Equal([1, 2, 3], SecondRound.Leaders(CriteriaTally.Count([1, 2, 3], ballots, CriteriaWeights.Equal), 2));
    }

    [Fact]
    public void Following_the_ranking_needs_no_reason_and_skipping_a_candidate_does()
    {
        int[] ranking = [5, 2, 7, 1];

        Assert.Equal([false, false, false], RankingDeparture.Flags(ranking, [2, 5, 7]));
        Assert.Equal([false, false, true], RankingDeparture.Flags(ranking, [5, 2, 1]));
        Assert.Equal([false, true], RankingDeparture.Flags(ranking, [5, null]));
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Three_to_five_targets_are_advised(int count, bool advised) => Assert.Equal(advised, TargetCount.IsAdvised(count));
}
