using Diagnostic.Core.Plans;

namespace Diagnostic.Core.Tests.Plans;

public class ActionStartTests
{
    [Fact]
    public void An_upcoming_action_needs_no_commitment() => Assert.Null(ActionStart.Refusal(ActionStatus.Upcoming, 0, requiresCitizens: true));

    [Fact]
    public void Starting_without_any_commitment_is_refused() =>
        Assert.Equal(ActionStartRefusal.NoCommitment, ActionStart.Refusal(ActionStatus.InProgress, 0));

    [Fact]
    public void Starting_an_action_that_requires_citizens_with_partners_only_is_refused() =>
        Assert.Equal(ActionStartRefusal.NoCitizens, ActionStart.Refusal(ActionStatus.InProgress, 2, requiresCitizens: true, citizenCommitments: 0));

    [Fact]
    public void A_citizens_commitment_lets_it_start() =>
        Assert.Null(ActionStart.Refusal(ActionStatus.Done, 1, requiresCitizens: true, citizenCommitments: 1));
}
