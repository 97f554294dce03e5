using System.Net;
using System.Text.RegularExpressions;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Answer;

/// <summary>
/// A follow-up (« Lequel? », shown when « Autre » is ticked) appears only once its condition holds: the page sends the
/// condition as data for its script, and without script the follow-up comes on an extra page only when it applies.
/// </summary>
public sealed partial class FollowUpTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>, IAsyncLifetime
{
    private const string ShownField = "followups-shown";

    public Task InitializeAsync() => factory.SeedAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Respondent> OnStepTwoAsync()
    {
        var person = new Respondent(factory.NewClient());
        await person.StartAsync();
        await person.StepAsync(1, ("q-age", "14-34"));
        return person;
    }

    private async Task<Dictionary<string, string>> DraftOfAsync(Respondent person)
    {
        var drafts = await factory.WithDbAsync(db => db.Responses.AsNoTracking().Where(r => r.Status == ResponseStatus.Draft).OrderBy(r => r.Id).ToListAsync());
        return drafts.Last().Answers;
    }

    private static string FieldsetTag(string html, string questionId) =>
        Regex.Match(html, $"<fieldset[^>]*id=\"q-{questionId}-group\"[^>]*>").Value;

    [Fact]
    public async Task The_follow_up_is_drawn_hidden_with_its_condition_as_data_until_the_condition_holds()
    {
        var person = await OnStepTwoAsync();

        var step = await person.GetAsync("/s/test/etape/2");

        var tag = FieldsetTag(step.Html, "lieux_autre");
        Assert.Contains(" hidden", tag);
        Assert.Contains("data-relevant=\"{&quot;op&quot;:&quot;contains&quot;,&quot;left&quot;:{&quot;q&quot;:&quot;lieux&quot;},&quot;right&quot;:{&quot;v&quot;:&quot;autre&quot;}}\"", tag);
        Assert.DoesNotContain(" hidden", FieldsetTag(step.Html, "lieux"));
        Assert.DoesNotContain("data-relevant=\"{", FieldsetTag(step.Html, "lieux")); // a data- attribute is always written, empty here
        Assert.Equal("", step.Hidden(ShownField));
        Assert.Matches("<script src=\"/js/relevance\\.[^\"]*js\" defer>", step.Html);
        Assert.Matches("<script src=\"/js/answer\\.[^\"]*js\" defer>", step.Html);
    }

    [Fact]
    public async Task Without_script_the_follow_up_comes_on_an_extra_page_after_its_section_when_it_applies()
    {
        var person = await OnStepTwoAsync();

        var extra = await person.StepAsync(2, ("q-fier", "3"), ("q-lieux", "parc"), ("q-lieux", "autre"), (ShownField, ""));

        Assert.Equal("/s/test/etape/2/suite", extra.Path);
        Assert.Contains("Une précision", extra.Text);
        Assert.Contains("Lequel?", extra.Text);
        Assert.DoesNotContain(" hidden", FieldsetTag(extra.Html, "lieux_autre"));
        Assert.Equal("parc|autre", (await DraftOfAsync(person))["lieux"]);

        var next = await person.PostAsync("/s/test/etape/2/suite", ("q-lieux_autre", "Le marché"));

        Assert.Equal("/s/test/etape/3", next.Path);
        Assert.Equal("Le marché", (await DraftOfAsync(person))["lieux_autre"]);
    }

    [Fact]
    public async Task No_extra_page_when_the_condition_does_not_hold_and_its_address_moves_on()
    {
        var person = await OnStepTwoAsync();

        var next = await person.StepAsync(2, ("q-fier", "3"), ("q-lieux", "parc"), (ShownField, ""));
        var extra = await person.GetAsync("/s/test/etape/2/suite");

        Assert.Equal("/s/test/etape/3", next.Path);
        Assert.Equal("/s/test/etape/3", extra.Path);
    }

    [Fact]
    public async Task A_follow_up_the_script_showed_and_the_person_skipped_is_not_asked_again()
    {
        var person = await OnStepTwoAsync();

        var next = await person.StepAsync(2, ("q-fier", "3"), ("q-lieux", "autre"), (ShownField, "lieux_autre"), ("q-lieux_autre", ""));

        Assert.Equal("/s/test/etape/3", next.Path);
        Assert.False((await DraftOfAsync(person)).ContainsKey("lieux_autre"));
    }

    [Fact]
    public async Task Once_answered_the_follow_up_is_drawn_visible_and_unticking_its_reason_drops_it_without_an_error()
    {
        var person = await OnStepTwoAsync();
        await person.StepAsync(2, ("q-fier", "3"), ("q-lieux", "autre"), (ShownField, "lieux_autre"), ("q-lieux_autre", "La plage"));

        var again = await person.GetAsync("/s/test/etape/2");
        Assert.DoesNotContain(" hidden", FieldsetTag(again.Html, "lieux_autre"));
        Assert.Equal("lieux_autre", again.Hidden(ShownField));

        // The person unticks « Autre »; without script the text stays in its box and is sent: it is dropped, not refused.
        var next = await person.StepAsync(2, ("q-fier", "3"), ("q-lieux", "parc"), (ShownField, "lieux_autre"), ("q-lieux_autre", "La plage"));

        Assert.Equal("/s/test/etape/3", next.Path);
        var draft = await DraftOfAsync(person);
        Assert.Equal("parc", draft["lieux"]);
        Assert.False(draft.ContainsKey("lieux_autre"));
    }

    [Fact]
    public async Task The_extra_page_checks_its_answers_like_any_page()
    {
        var person = await OnStepTwoAsync();
        await person.StepAsync(2, ("q-fier", "3"), ("q-lieux", "autre"));

        var refused = await person.PostAsync("/s/test/etape/2/suite", ("q-lieux_autre", new string('x', 21)));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("/s/test/etape/2/suite", refused.Path);
        Assert.Contains("Votre texte dépasse 20 caractères", refused.Text);
        Assert.False((await DraftOfAsync(person)).ContainsKey("lieux_autre"));
    }
}
