namespace Diagnostic.Core.Plans;

/// <summary>
/// « Ne pas débuter des actions sans soutien » (domain.md 5.0): an action may be under way or done only once at least
/// one partner has committed people, money or space to it; and when the comité requires that citizens take part, once
/// citizens have committed themselves too (« la participation citoyenne est la condition du soutien »).
/// </summary>
public static class ActionStart
{
    public static bool NeedsCommitment(ActionStatus status) => status is ActionStatus.InProgress or ActionStatus.Done;

    /// <summary>Why the status cannot be set, or null.</summary>
    public static ActionStartRefusal? Refusal(ActionStatus status, int commitments, bool requiresCitizens = false, int citizenCommitments = 0) =>
        !NeedsCommitment(status) ? null
        : commitments == 0 ? ActionStartRefusal.NoCommitment
        : requiresCitizens && citizenCommitments == 0 ? ActionStartRefusal.NoCitizens
        : null;
}

public enum ActionStartRefusal
{
    /// <summary>No partner has committed anything.</summary>
    NoCommitment,

    /// <summary>The comité requires citizens to take part and none has committed.</summary>
    NoCitizens,
}
