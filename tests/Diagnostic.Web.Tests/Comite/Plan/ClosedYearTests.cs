using System.Net;
using Diagnostic.Data.Accounts;
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
}
