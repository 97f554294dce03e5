using System.Net;
using Diagnostic.Core.Plans;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Demo;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Comite.Bilan;

/// <summary>The bilan's decision form as a browser sends it: empty textareas, or no decision chosen at all.</summary>
public sealed class ReviewFormTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    /// <summary>A demo cible without a decision yet (the demo reviews only the first).</summary>
    private Task<ChosenTarget> UnreviewedTargetAsync(int skip) => factory.WithDbAsync(db => db.ChosenTargets.AsNoTracking()
        .Where(t => t.Cycle!.YearLabel == ComiteDemoSeeder.CycleYear && !db.TargetReviews.Any(r => r.TargetId == t.Id))
        .OrderBy(t => t.Order).Skip(skip).FirstAsync());

    private Task<TargetReview?> ReviewOfAsync(int targetId) =>
        factory.WithDbAsync(db => db.TargetReviews.AsNoTracking().SingleOrDefaultAsync(r => r.TargetId == targetId));

    [Fact]
    public async Task A_decision_with_its_comment_and_public_text_left_empty_is_saved()
    {
        var cycle = await factory.CycleAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);
        var target = await UnreviewedTargetAsync(0);

        var page = await organizer.Browser().PostAsync($"/comite/bilan/{cycle.Id}?handler=Review",
            ("Review.TargetId", target.Id.ToString()), ("Review.Decision", nameof(TargetDecision.Close)),
            ("Review.Comment", ""), ("Review.PublicText", ""));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.EndsWith($"/comite/bilan/{cycle.Id}", page.Path);
        var review = await ReviewOfAsync(target.Id);
        Assert.NotNull(review);
        Assert.Equal((TargetDecision.Close, "", ""), (review.Decision, review.Comment, review.PublicText));
    }

    [Fact]
    public async Task A_form_sent_without_a_decision_is_refused_with_a_message_and_keeps_what_was_typed()
    {
        var cycle = await factory.CycleAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);
        var target = await UnreviewedTargetAsync(1);

        var bilan = await organizer.Browser().GetAsync($"/comite/bilan/{cycle.Id}");
        var page = await organizer.Browser().PostAsync($"/comite/bilan/{cycle.Id}?handler=Review",
            ("Review.TargetId", target.Id.ToString()), ("Review.Comment", "À reprendre avec la Ville."), ("Review.PublicText", ""));
        var english = await organizer.Browser().PostAsync($"/comite/bilan/{cycle.Id}?handler=Review&lang=en",
            ("Review.TargetId", target.Id.ToString()), ("Review.Comment", ""));

        Assert.Null(await ReviewOfAsync(target.Id));
        // The browser asks for a choice before sending; the server refuses a form sent without one all the same.
        Assert.Matches("<input type=\"radio\" name=\"Review.Decision\"[^>]* required", bilan.Html);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"<li>Choisissez une décision pour la cible « {target.Wording} » : la maintenir, l'ajuster ou la fermer.</li>", page.Text);
        Assert.Contains("<textarea name=\"Review.Comment\">À reprendre avec la Ville.</textarea>", page.Text);
        Assert.Contains($"<li>Choose a decision for the target \"{target.Wording}\": keep, adjust or close it.</li>", english.Text);
    }
}
