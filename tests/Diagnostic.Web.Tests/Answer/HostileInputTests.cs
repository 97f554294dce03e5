using System.Net;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;

namespace Diagnostic.Web.Tests.Answer;

/// <summary>Input no browser sends but a script can: NUL characters and a megabyte of text get a message and store nothing.</summary>
public sealed class HostileInputTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.SeedAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_nul_character_in_an_answer_gets_a_message_and_nothing_is_saved()
    {
        var person = new Respondent(factory.NewClient());
        await person.StartAsync();
        await person.StepAsync(1, ("q-age", "14-34"));

        var page = await person.StepAsync(2, ("q-fier", "3"), ("q-lieux", "autre"), ("q-lieux_autre", "Le\0parc"));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("Le formulaire n'a pas pu être lu", page.Text);
        Assert.Contains("caractère invisible qui n'est pas accepté", page.Text);
        Assert.DoesNotContain("Le formulaire a peut-être expiré", page.Text); // not the explanation of a bare 400
        Assert.DoesNotContain("\0", page.Html, StringComparison.Ordinal);
        var draft = (await factory.ResponsesAsync()).MaxBy(r => r.Id)!;
        Assert.False(draft.Answers.ContainsKey("fier"));
        Assert.False(draft.Answers.ContainsKey("lieux_autre"));
    }

    [Fact]
    public async Task A_nul_character_in_a_choice_code_gets_a_message_and_nothing_is_saved()
    {
        var person = new Respondent(factory.NewClient());
        await person.StartAsync();

        var page = await person.StepAsync(1, ("q-age", "14-34\0"));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("caractère invisible qui n'est pas accepté", page.Text);
        Assert.Empty((await factory.ResponsesAsync()).MaxBy(r => r.Id)!.Answers);
    }

    [Fact]
    public async Task The_explanation_is_in_english_for_an_english_reader()
    {
        var person = new Respondent(factory.NewClient());
        await person.StartAsync();
        await person.GetAsync("/s/test/etape/1?lang=en");

        var page = await person.StepAsync(1, ("q-age", "14-34"), ("q-annees", "1\02"));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("The form could not be read", page.Text);
        Assert.Empty((await factory.ResponsesAsync()).MaxBy(r => r.Id)!.Answers);
    }

    [Fact]
    public async Task A_megabyte_of_free_text_is_refused_with_a_message_that_does_not_echo_it_back()
    {
        var person = new Respondent(factory.NewClient());
        await person.StartAsync();
        await person.StepAsync(1, ("q-age", "14-34"));
        var megabyte = new string('x', 1024 * 1024);

        var page = await person.StepAsync(2, ("q-fier", "3"), ("q-lieux", "autre"), ("q-lieux_autre", megabyte));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Votre texte dépasse 20 caractères", page.Text);
        Assert.True(page.Html.Length < 100_000, $"the page is {page.Html.Length} characters long");
        var draft = (await factory.ResponsesAsync()).MaxBy(r => r.Id)!;
        Assert.False(draft.Answers.ContainsKey("lieux_autre"));
        Assert.Equal(ResponseStatus.Draft, draft.Status);
    }
}
