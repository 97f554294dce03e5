using System.Net;
using Diagnostic.Data;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Comites;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Comite.Plan;

/// <summary>Its own demo database: the year is closed here.</summary>
public sealed class ClosedYearTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    private async Task<ComiteCycle> CloseAsync()
    {
        await factory.WithDbAsync(db => db.ComiteCycles.ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ComiteCycleStatus.Closed)));
        return await factory.CycleAsync();
    }

    [Fact]
    public async Task Editing_an_action_of_a_closed_year_is_refused_and_nothing_changes()
    {
        var cycle = await CloseAsync();
        var action = await factory.FirstActionAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var page = await organizer.Browser().PostAsync(
            $"/comite/plan/{cycle.Id}/action/{action.Id}", ComiteDemo.Form(action, due: "2027-06-30"));

        Assert.Equal(HttpStatusCode.Conflict, page.Status);
        Assert.Contains("Cette année est fermée", page.Text);
        Assert.Equal(action.DueDate, (await factory.FirstActionAsync()).DueDate);
    }

    [Fact]
    public async Task A_commitment_or_a_review_in_a_closed_year_is_refused_and_nothing_changes()
    {
        var cycle = await CloseAsync();
        var action = await factory.FirstActionAsync();
        var targetId = await factory.WithDbAsync(db => db.ChosenTargets.Select(t => t.Id).FirstAsync());
        var organizer = await factory.SignInAsAsync(Roles.Organizer);
        var reviews = await factory.WithDbAsync(db => db.TargetReviews.AsNoTracking().ToListAsync());

        var commitment = await organizer.Browser().PostAsync($"/comite/plan/{cycle.Id}/action/{action.Id}?handler=Commitment",
            ("Commitment.PartnerName", "Caisse Desjardins"), ("Commitment.Money", "500"));
        var review = await organizer.Browser().PostAsync($"/comite/bilan/{cycle.Id}?handler=Review",
            ("Review.TargetId", targetId.ToString()), ("Review.Decision", "Close"), ("Review.Comment", "x"));

        Assert.Equal(HttpStatusCode.Conflict, commitment.Status);
        Assert.Equal(HttpStatusCode.Conflict, review.Status);
        Assert.Contains("Cette année est fermée", review.Text);
        Assert.Equal(action.Commitments.Count, (await factory.FirstActionAsync()).Commitments.Count);
        var after = await factory.WithDbAsync(db => db.TargetReviews.AsNoTracking().ToListAsync());
        Assert.Equal(reviews.Select(r => (r.TargetId, r.Decision, r.Comment)), after.Select(r => (r.TargetId, r.Decision, r.Comment)));
    }

    [Fact]
    public async Task The_database_itself_refuses_any_change_to_a_closed_year()
    {
        var cycle = await CloseAsync();
        var action = await factory.FirstActionAsync();
        var before = await factory.WithDbAsync(db => db.Actions.AsNoTracking().Include(a => a.Commitments).Include(a => a.Progress).ToListAsync());
        var writes = new (string What, Func<DiagnosticDbContext, Task> Write)[]
        {
            ("new séance", db => { db.Seances.Add(new Seance { CycleId = cycle.Id, Title = "Ajout tardif" }); return db.SaveChangesAsync(); }),
            ("new commitment", db => { db.ActionCommitments.Add(new ActionCommitment { ActionId = action.Id, PartnerName = "Caisse" }); return db.SaveChangesAsync(); }),
            ("action edited", db => db.Actions.Where(a => a.Id == action.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Title, "Changé"))),
            ("actions deleted", db => db.Actions.ExecuteDeleteAsync()),
            ("cibles deleted", db => db.ChosenTargets.ExecuteDeleteAsync()),
            ("year reopened", db => db.ComiteCycles.ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ComiteCycleStatus.Open))),
            ("year renamed", db => db.ComiteCycles.ExecuteUpdateAsync(s => s.SetProperty(c => c.YearLabel, "1999-2000"))),
            ("year deleted", db => db.ComiteCycles.ExecuteDeleteAsync()),
        };

        foreach (var (what, write) in writes)
        {
            var error = await Assert.ThrowsAnyAsync<Exception>(() => factory.WithDbAsync(async db => { await write(db); return 0; }));
            Assert.True(ClosedYearGuard.IsViolation(error), $"{what}: {error}");
        }

        var after = await factory.WithDbAsync(db => db.Actions.AsNoTracking().Include(a => a.Commitments).Include(a => a.Progress).ToListAsync());
        Assert.Equal(before.Select(a => (a.Id, a.Title, a.Commitments.Count, a.Progress.Count)), after.Select(a => (a.Id, a.Title, a.Commitments.Count, a.Progress.Count)));
        Assert.Equal(ComiteCycleStatus.Closed, (await factory.CycleAsync()).Status);
    }

    [Fact]
    public async Task An_open_year_beside_a_closed_one_still_takes_changes()
    {
        var closed = await CloseAsync();
        var open = await factory.WithDbAsync(async db =>
        {
            var next = new ComiteCycle { ComiteId = closed.ComiteId, YearLabel = "2030-2031" };
            db.ComiteCycles.Add(next);
            db.Seances.Add(new Seance { Cycle = next, Title = "Première séance" });
            await db.SaveChangesAsync();
            return next.Id;
        });

        var seances = await factory.WithDbAsync(db => db.Seances.CountAsync(s => s.CycleId == open));
        Assert.Equal(1, seances);
    }
}
