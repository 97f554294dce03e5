using System.Globalization;
using System.Security.Claims;
using Diagnostic.Core.Comite;
using Diagnostic.Data;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Entities;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Pages.Comite.Rounds;

/// <summary>
/// What an organisatrice changes in a voting round: closing it, and opening a second round among its leaders.
/// Each change is audited with counts and ids only, never a ballot.
/// </summary>
public sealed class RoundEditor(DiagnosticDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>What kind of round was opened and on how many candidates; never a ballot.</summary>
    public static string Details(VotingRound round) =>
        $"kind={round.Kind};candidates={round.Candidates.Count}" + (round.PreviousRoundId is { } previous ? $";previous={previous}" : "");

    /// <summary>Closes an open round (a closed one stays as it is); its results become visible.</summary>
    public async Task CloseAsync(int roundId, int ballots, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var round = await db.VotingRounds.FindAsync([roundId], cancellationToken);
        if (round is not { IsOpen: true }) return;
        round.Status = VotingRoundStatus.Closed;
        round.ClosedAt = clock.GetUtcNow();
        audit.Add(AuditActor.From(user), AuditActions.ComiteRoundClosed, AuditTarget.Round(roundId),
            "ballots=" + ballots.ToString(CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A new round in the same séance among the first <paramref name="leaders"/> of a closed round (ties kept), or the reason it cannot open.</summary>
    public async Task<(VotingRound? Next, string? Refusal)> OpenSecondAsync(
        VotingRound closed, RoundTally? tally, int leaders, RoundForm form, IStringLocalizer<ComiteText> strings,
        ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (tally is null) return (null, strings["Round.SecondNeedsClosed"]);
        if (leaders < 1) return (null, strings["Round.LeaderCountInvalid"]);
        form.SeanceId = closed.SeanceId;
        if (form.Problem(strings) is { } problem) return (null, problem);
        var next = form.ToRound(tally.Leaders(leaders), clock.GetUtcNow());
        next.PreviousRoundId = closed.Id;
        db.VotingRounds.Add(next);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(user, AuditActions.ComiteRoundOpened, AuditTarget.Round(next.Id), Details(next), cancellationToken);
        return (next, null);
    }
}
