using System.Globalization;
using Diagnostic.Data.Audit;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Comite;

/// <summary>The comité's decisions leave an audit trail that names who and what, never a ballot or a wording.</summary>
public sealed class ComiteAuditTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    [Fact]
    public async Task Closing_a_round_and_recording_a_target_are_audited_without_ballots_or_wording()
    {
        var w = await ComiteWorld.CreateAsync(factory);
        await ComiteWorld.PostAsync(w.Citizen, w.RoundPath(w.DotsRoundId), "Dots", ($"Dots[{w.Candidates[1]}]", "5"));
        await ComiteWorld.PostAsync(w.Organizer, w.RoundPath(w.DotsRoundId), "Close");
        // Closing twice changes nothing and so audits nothing more.
        await ComiteWorld.PostAsync(w.Organizer, w.RoundPath(w.DotsRoundId), "Close");
        await ComiteWorld.PostAsync(w.Citizen, $"/comite/annee/{w.CycleId}/cibles", "",
            ("Target.CandidateId", w.Candidates[1].ToString(CultureInfo.InvariantCulture)), ("Target.Wording", "Sentiment de sécurité"),
            ("Target.Neighbourhoods", "ALL"));

        var round = w.DotsRoundId.ToString(CultureInfo.InvariantCulture);
        var entries = await factory.WithDbAsync(db => db.AuditEntries
            .Where(e => e.Action == AuditActions.ComiteRoundClosed && e.TargetId == round
                || e.Action == AuditActions.ComiteTargetRecorded && e.Details!.StartsWith($"cycle={w.CycleId};"))
            .ToListAsync());

        var closed = Assert.Single(entries, e => e.Action == AuditActions.ComiteRoundClosed);
        Assert.Equal(("round", w.Organizer.UserId, "ballots=1"), (closed.TargetType, closed.ActorUserId, closed.Details));
        var target = Assert.Single(entries, e => e.Action == AuditActions.ComiteTargetRecorded);
        var saved = await factory.WithDbAsync(db => db.ChosenTargets.SingleAsync(t => t.CycleId == w.CycleId));
        Assert.Equal(("target", saved.Id.ToString(CultureInfo.InvariantCulture), w.Citizen.UserId),
            (target.TargetType, target.TargetId, target.ActorUserId));
        // The closed round ranks « Sécurité » first, so choosing it follows the ranking.
        Assert.Equal($"cycle={w.CycleId};order=1;departs-ranking=no", target.Details);
        Assert.All(entries, e => Assert.DoesNotContain("curit", e.Details));
        Assert.Contains(AuditActions.ComiteRoundClosed, AuditActions.All);
        Assert.Contains(AuditActions.ComiteTargetRecorded, AuditActions.All);
    }

    [Fact]
    public async Task Keying_paper_dots_and_closing_the_year_are_audited_with_totals_only()
    {
        var w = await ComiteWorld.CreateAsync(factory);
        await ComiteWorld.PostAsync(w.Organizer, w.RoundPath(w.PaperRoundId), "Paper",
            ($"Paper[{w.Candidates[0]}-all]", "12"), ($"Paper[{w.Candidates[1]}-all]", "7"));
        await ComiteWorld.PostAsync(w.Organizer, $"/comite/annee/{w.CycleId}", "Close");

        var paper = w.PaperRoundId.ToString(CultureInfo.InvariantCulture);
        var cycle = w.CycleId.ToString(CultureInfo.InvariantCulture);
        var entries = await factory.WithDbAsync(db => db.AuditEntries
            .Where(e => e.Action == AuditActions.ComitePaperDotsEntered && e.TargetId == paper
                || e.Action == AuditActions.ComiteCycleClosed && e.TargetId == cycle)
            .ToListAsync());

        Assert.Equal("dots=19", Assert.Single(entries, e => e.Action == AuditActions.ComitePaperDotsEntered).Details);
        // The world's three rounds were still open: closing the year closed them.
        Assert.Equal("open-rounds-closed=3", Assert.Single(entries, e => e.Action == AuditActions.ComiteCycleClosed).Details);
    }
}
