using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Answer;

/// <summary>
/// The territory's word for a neighbourhood (here « municipalité », feminine) reads right in every answer sentence,
/// and English pages get the English word.
/// </summary>
public sealed class NeighbourhoodWordTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await factory.SeedAsync();
        await factory.WithDbAsync(db => db.Territories.Where(t => t.Code == "ville")
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.NeighbourhoodWord, "municipalité")));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_feminine_word_is_never_put_into_a_masculine_sentence()
    {
        var person = new Respondent(factory.NewClient());

        var welcome = await person.GetAsync("/s/test");
        Assert.Contains("votre municipalité, que vous choisissez dans une liste;", welcome.Text);
        Assert.Contains("mes réponses anonymes servent au portrait de chaque municipalité.", welcome.Text);

        await person.ConsentAsync();
        var question = await person.GetAsync("/s/test/quartier");
        Assert.Contains("Où habitez-vous? Choisissez votre municipalité.", question.Text);
        Assert.DoesNotContain("quel municipalité", question.Text);

        var refused = await person.PostAsync("/s/test/quartier", ("neighbourhood", "ailleurs"));
        Assert.Contains("Ce choix ne fait pas partie de cette collecte. Choisissez votre municipalité dans la liste.", refused.Text);
        Assert.DoesNotContain("Ce municipalité", refused.Text);
    }

    [Fact]
    public async Task English_answer_pages_use_the_english_word()
    {
        var person = new Respondent(factory.NewClient());

        var welcome = await person.GetAsync("/s/test?lang=en");
        Assert.Contains("your municipality, chosen from a list;", welcome.Text);
        Assert.Contains("used for the portrait of each municipality.", welcome.Text);
        Assert.DoesNotContain("municipalité", welcome.Text);

        await person.PostAsync("/s/test?lang=en", ("Consent", "true"), ("AgeConfirmed", "true"));
        var question = await person.GetAsync("/s/test/quartier?lang=en");
        Assert.Contains("Where do you live? Choose your municipality.", question.Text);
        Assert.DoesNotContain("municipalité", question.Text);
    }
}
