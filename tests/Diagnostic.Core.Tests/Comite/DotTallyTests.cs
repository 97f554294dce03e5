using Diagnostic.Core.Comite;

namespace Diagnostic.Core.Tests.Comite;

public sealed class DotTallyTests
{
    private static readonly string[] Types = ["citoyen", "communautaire"];
    private static readonly HashSet<int> Round = [1, 2, 3];

    [Fact]
    public void Dots_may_be_stacked_on_one_candidate_up_to_the_budget()
    {
        Assert.Empty(DotBallotRules.Check(new Dictionary<int, int> { [1] = 5 }, 5, Round));
        Assert.Empty(DotBallotRules.Check(new Dictionary<int, int> { [1] = 2, [3] = 1 }, 5, Round));
    }

    [Fact]
    public void A_ballot_over_the_dot_budget_is_refused_with_its_total()
    {
        var problems = DotBallotRules.Check(new Dictionary<int, int> { [1] = 4, [2] = 2 }, 5, Round);

        Assert.Equal(new BallotProblem(BallotProblemKind.OverBudget, Value: 6), Assert.Single(problems));
    }

    [Fact]
    public void Negative_dots_are_refused_and_do_not_buy_budget()
    {
        // -3 on candidate 2 must not make room for 8 dots on candidate 1 under a budget of 5.
        var problems = DotBallotRules.Check(new Dictionary<int, int> { [1] = 8, [2] = -3 }, 5, Round);

        Assert.Contains(new BallotProblem(BallotProblemKind.NegativeDots, 2, Value: -3), problems);
        Assert.Contains(new BallotProblem(BallotProblemKind.OverBudget, Value: 8), problems);
    }

    [Fact]
    public void Dots_on_a_candidate_outside_the_round_are_refused()
    {
        var problems = DotBallotRules.Check(new Dictionary<int, int> { [4] = 1 }, 5, Round);

        Assert.Equal(new BallotProblem(BallotProblemKind.UnknownCandidate, 4), Assert.Single(problems));
    }

    [Fact]
    public void Tally_adds_dots_and_keeps_each_voter_type_apart()
    {
        var votes = new[]
        {
            new DotVote(10, "citoyen", 2, 3), new DotVote(10, "citoyen", 1, 2),
            new DotVote(11, "communautaire", 2, 1), new DotVote(11, "communautaire", 3, 4),
        };

        var rows = DotTally.Count([1, 2, 3], Types, votes);

        // By hand: candidate 2 = 3 + 1 = 4 dots (2 supporters), 3 = 4 dots (1 supporter), 1 = 2 dots.
        Assert.Equal([2, 3, 1], rows.Select(r => r.CandidateId));
        Assert.Equal([1, 2, 3], rows.Select(r => r.Rank));
        Assert.Equal(4, rows[0].Dots);
        Assert.Equal(3, rows[0].DotsByVoterType["citoyen"]);
        Assert.Equal(1, rows[0].DotsByVoterType["communautaire"]);
        Assert.Equal(0, rows[1].DotsByVoterType["citoyen"]);
    }

    [Fact]
    public void Equal_dots_go_to_the_candidate_more_members_gave_at_least_one_dot()
    {
        // Candidate 3: one member stacks 4. Candidate 2: two members give 2 each. Same 4 dots; 2 has more supporters.
        var votes = new[] { new DotVote(1, "citoyen", 3, 4), new DotVote(2, "citoyen", 2, 2), new DotVote(3, "citoyen", 2, 2) };

        var rows = DotTally.Count([1, 2, 3], Types, votes);

        Assert.Equal([2, 3, 1], rows.Select(r => r.CandidateId));
    }

    [Fact]
    public void Equal_dots_and_supporters_go_to_the_higher_composite_score()
    {
        var votes = new[] { new DotVote(1, "citoyen", 1, 2), new DotVote(2, "citoyen", 3, 2) };
        var composites = new Dictionary<int, double> { [1] = 3.2, [3] = 4.1 };

        var rows = DotTally.Count([1, 2, 3], Types, votes, composites);

        Assert.Equal([3, 1, 2], rows.Select(r => r.CandidateId));
    }

    [Fact]
    public void A_complete_tie_goes_to_candidate_order()
    {
        var votes = new[] { new DotVote(1, "citoyen", 3, 2), new DotVote(2, "citoyen", 1, 2) };

        var rows = DotTally.Count([1, 2, 3], Types, votes);

        Assert.Equal([1, 3, 2], rows.Select(r => r.CandidateId));
    }

    [Fact]
    public void Paper_dots_count_as_dots_but_not_as_supporters()
    {
        var votes = new[] { new DotVote(null, "citoyen", 1, 12), new DotVote(null, "communautaire", 1, 3), new DotVote(5, "citoyen", 2, 1) };

        var rows = DotTally.Count([1, 2], Types, votes);

        Assert.Equal(15, rows[0].Dots);
        Assert.Equal(0, rows[0].Supporters);
        Assert.Equal(1, rows[1].Supporters);
    }

    [Fact]
    public void Second_round_takes_the_top_k_and_everyone_tied_with_the_kth()
    {
        var votes = new[]
        {
            new DotVote(1, "citoyen", 1, 5), new DotVote(2, "citoyen", 2, 3), new DotVote(3, "citoyen", 3, 3), new DotVote(4, "citoyen", 4, 1),
        };
        var rows = DotTally.Count([1, 2, 3, 4], Types, votes);

        Assert.Equal([1, 2, 3], SecondRound.Leaders(rows, 2));
        Assert.Equal([1], SecondRound.Leaders(rows, 1));
        Assert.Equal([1, 2, 3, 4], SecondRound.Leaders(rows, 9));
    }
}
