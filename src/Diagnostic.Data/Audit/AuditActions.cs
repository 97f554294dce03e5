namespace Diagnostic.Data.Audit;

/// <summary>The actions written to the audit log. Add new ones here so the admin filter lists them.</summary>
public static class AuditActions
{
    public const string CollecteCreated = "collecte.created";
    public const string CollecteOpened = "collecte.opened";
    public const string CollecteClosed = "collecte.closed";
    public const string CollecteArchived = "collecte.archived";
    public const string PortraitPublished = "collecte.portrait-published";
    public const string PortraitUnpublished = "collecte.portrait-unpublished";
    public const string CollecteExported = "collecte.exported";
    public const string CollecteImported = "collecte.imported";
    public const string CollecteDeleted = "collecte.deleted";
    public const string CollectePurged = "collecte.purged";
    public const string ResponsePaperEntered = "response.paper-entered";
    public const string UserCreated = "user.created";
    public const string UserRoleChanged = "user.role-changed";
    public const string UserLocked = "user.locked";
    public const string UserUnlocked = "user.unlocked";
    public const string UserAssigned = "user.assigned";
    public const string UserSignedIn = "user.signed-in";
    public const string UserLockedOut = "user.locked-out";
    public const string UserPasswordChanged = "user.password-changed";
    public const string ComiteRoundOpened = "comite.round-opened";
    public const string ComiteRoundClosed = "comite.round-closed";
    public const string ComitePaperDotsEntered = "comite.paper-dots-entered";
    public const string ComiteTargetRecorded = "comite.target-recorded";
    public const string ComiteCycleClosed = "comite.cycle-closed";
    public const string ComiteEdited = "comite.edited";
    public const string ComiteSeatAdded = "comite.seat-added";
    public const string ComiteSeatEnded = "comite.seat-ended";
    public const string SeanceCreated = "seance.created";
    public const string SeanceDetailsSaved = "seance.details-saved";
    public const string SeanceAttendanceSaved = "seance.attendance-saved";
    public const string SeanceDecisionAdded = "seance.decision-added";
    public const string ForumEntryOpened = "forum.entry-opened";
    public const string ForumEntryClosed = "forum.entry-closed";
    public const string ForumGrouped = "forum.grouped";
    public const string ForumUngrouped = "forum.ungrouped";
    public const string ForumCardDissolved = "forum.card-dissolved";
    public const string ForumVoteOpened = "forum.vote-opened";
    public const string PlanActionSaved = "plan.action-saved";
    public const string PlanCommitmentAdded = "plan.commitment-added";
    public const string PlanProgressAdded = "plan.progress-added";
    public const string PlanMeansSaved = "plan.means-saved";
    public const string PlanAdopted = "plan.adopted";
    public const string CycleCarriedForward = "cycle.carried-forward";
    public const string BilanReviewSaved = "bilan.review-saved";

    public static readonly IReadOnlyList<string> All =
    [
        CollecteCreated, CollecteOpened, CollecteClosed, CollecteArchived, PortraitPublished, PortraitUnpublished, CollecteExported, CollecteImported, CollecteDeleted,
        CollectePurged, ResponsePaperEntered, UserCreated, UserRoleChanged, UserLocked, UserUnlocked, UserAssigned, UserSignedIn, UserLockedOut,
        UserPasswordChanged, ComiteRoundOpened, ComiteRoundClosed, ComitePaperDotsEntered, ComiteTargetRecorded, ComiteCycleClosed,
        ComiteEdited, ComiteSeatAdded, ComiteSeatEnded, SeanceCreated, SeanceDetailsSaved, SeanceAttendanceSaved, SeanceDecisionAdded,
        ForumEntryOpened, ForumEntryClosed, ForumGrouped, ForumUngrouped, ForumCardDissolved, ForumVoteOpened,
        PlanActionSaved, PlanCommitmentAdded, PlanProgressAdded, PlanMeansSaved, PlanAdopted, CycleCarriedForward, BilanReviewSaved,
    ];
}
