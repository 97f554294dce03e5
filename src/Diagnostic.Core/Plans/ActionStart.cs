namespace Diagnostic.Core.Plans;

/// <summary>
/// « Ne pas débuter des actions sans soutien » (domain.md 5.0): an action may be under way or done
/// only once at least one partner has committed people, money or space to it.
/// </summary>
public static class ActionStart
{
    public static bool NeedsCommitment(ActionStatus status) => status is ActionStatus.InProgress or ActionStatus.Done;

    /// <summary>Why the status cannot be set, or null.</summary>
    public static string? Refusal(ActionStatus status, int commitments) =>
        NeedsCommitment(status) && commitments == 0
            ? "an action cannot start without a partner's commitment (people, money or space)"
            : null;
}
