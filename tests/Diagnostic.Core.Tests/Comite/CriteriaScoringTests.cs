using Diagnostic.Core.Comite;

namespace Diagnostic.Core.Tests.Comite;

public sealed class CriteriaScoringTests
{
    [Fact]
    public void Composite_is_the_weighted_mean_of_the_six_scores()
    {
        // By hand: weights 3,2,1,1,1,2 (total 10); scores 5,4,3,2,1,4 → (15+8+3+2+1+8)/10 = 37/10 = 3.7.
        var scores = CriteriaScores.Of(5, 4, 3, 2, 1, 4);
        var weights = new CriteriaWeights(3, 2, 1, 1, 1, 2);

        Assert.Equal(3.7, scores.Composite(weights), 12);
    }

    [Fact]
    public void Equal_weights_give_the_plain_mean()
    {
        // By hand: (5+4+3+2+1+4)/6 = 19/6.
        Assert.Equal(19.0 / 6, CriteriaScores.Of(5, 4, 3, 2, 1, 4).Composite(CriteriaWeights.Equal), 12);
    }

    [Fact]
    public void A_zero_weight_leaves_its_criterion_out()
    {
        // By hand: only importance (5) and equity (1) count, weights 1 and 3 → (5+3)/4 = 2.
        var weights = new CriteriaWeights(1, 0, 0, 0, 3, 0);

        Assert.Equal(2.0, CriteriaScores.Of(5, 4, 3, 2, 1, 4).Composite(weights), 12);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void A_score_outside_1_to_5_is_refused_with_its_candidate_and_criterion(int score)
    {
        var problems = new List<BallotProblem>();
        var input = Criteria.All.ToDictionary(c => c, c => (int?)(c == Criterion.Urgency ? score : 3));

        var result = CriteriaScores.TryCreate(7, input, problems);

        Assert.Null(result);
        var problem = Assert.Single(problems);
        Assert.Equal(new BallotProblem(BallotProblemKind.ScoreOutOfRange, 7, Criterion.Urgency, score), problem);
    }

    [Fact]
    public void A_missing_score_is_refused()
    {
        var problems = new List<BallotProblem>();
        var input = Criteria.All.Where(c => c != Criterion.Coherence).ToDictionary(c => c, c => (int?)4);

        Assert.Null(CriteriaScores.TryCreate(2, input, problems));
        Assert.Equal(new BallotProblem(BallotProblemKind.MissingScore, 2, Criterion.Coherence), Assert.Single(problems));
    }

    [Fact]
    public void Weights_all_zero_or_out_of_range_are_refused()
    {
        Assert.NotEmpty(new CriteriaWeights(0, 0, 0, 0, 0, 0).Problems());
        Assert.NotEmpty(new CriteriaWeights(1, 1, 1, 1, 1, 11).Problems());
        Assert.NotEmpty(new CriteriaWeights(-1, 1, 1, 1, 1, 1).Problems());
        Assert.Empty(new CriteriaWeights(0, 0, 0, 0, 0, 10).Problems());
    }

    [Fact]
    public void A_criteria_ballot_must_score_every_candidate_of_the_round_and_only_those()
    {
        var full = Criteria.All.ToDictionary(c => c, c => (int?)4);
        var input = new Dictionary<int, IReadOnlyDictionary<Criterion, int?>> { [1] = full, [9] = full };

        var (scores, problems) = CriteriaBallotRules.Check(input, new HashSet<int> { 1, 2 });

        Assert.Empty(scores);
        Assert.Contains(new BallotProblem(BallotProblemKind.UnknownCandidate, 9), problems);
        Assert.Equal(6, problems.Count(p => p.Kind == BallotProblemKind.MissingScore && p.CandidateId == 2));
    }

    [Fact]
    public void A_complete_criteria_ballot_gives_scores_for_each_candidate()
    {
        var full = Criteria.All.ToDictionary(c => c, c => (int?)2);
        var input = new Dictionary<int, IReadOnlyDictionary<Criterion, int?>> { [1] = full, [2] = full };

        var (scores, problems) = CriteriaBallotRules.Check(input, new HashSet<int> { 1, 2 });

        Assert.Empty(problems);
        Assert.Equal(2.0, scores[2].Composite(CriteriaWeights.Equal), 12);
    }

    [Theory]
    [InlineData("2026-2027", true)]
    [InlineData("2026-2028", false)]
    [InlineData("2026", false)]
    [InlineData("26-27", false)]
    public void A_cycle_year_is_two_consecutive_years(string label, bool valid) =>
        Assert.Equal(valid, CycleYear.IsValid(label));
}
