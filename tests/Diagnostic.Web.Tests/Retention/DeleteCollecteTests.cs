using System.Net;
using Diagnostic.Data.Accounts;
using Diagnostic.Web.Tests.Exchange;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Retention;

public sealed class DeleteCollecteTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    private Task<bool> ExistsAsync(string code) => factory.WithDbAsync(db => db.Collectes.AnyAsync(s => s.PublicCode == code));

    [Fact]
    public async Task A_collecte_is_deleted_with_its_responses_once_its_code_is_typed()
    {
        var code = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(code, 5);
        var id = await factory.CollecteIdAsync(code);
        var client = await factory.OrganizerAsync(code);

        var page = await new Respondent(client).PostAsync($"/admin/collectes/{code}/supprimer", ("Confirmation", code));

        Assert.Contains($"La collecte {code} a été supprimée avec ses 5 réponses", page.Text);
        Assert.False(await ExistsAsync(code));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Responses.CountAsync(r => r.CollecteId == id)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "collecte.deleted" && e.TargetId == id.ToString())));
        var after = await new Respondent(client).GetAsync($"/admin/collectes/{code}/export");
        Assert.Equal(HttpStatusCode.NotFound, after.Status);
    }

    [Fact]
    public async Task A_wrong_confirmation_deletes_nothing()
    {
        var code = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(code, 2);
        var client = await factory.OrganizerAsync(code);

        var page = await new Respondent(client).PostAsync($"/admin/collectes/{code}/supprimer", ("Confirmation", "autre"));

        Assert.Contains($"Tapez exactement {code}", page.Text);
        Assert.True(await ExistsAsync(code));
        Assert.Equal(2, await factory.CountResponsesAsync(code));
    }

    [Fact]
    public async Task Another_organisatrice_cannot_delete_a_collecte_she_does_not_see()
    {
        var hers = await factory.NewCollecteAsync();
        var mine = await factory.NewCollecteAsync();
        var me = await factory.SignInAsAsync(Roles.Organizer, mine);
        var form = await new Respondent(me.Client).GetAsync($"/admin/collectes/{mine}/supprimer");

        var page = await new Respondent(me.Client).PostWithTokenAsync($"/admin/collectes/{hers}/supprimer", form.Token, ("Confirmation", hers));

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.True(await ExistsAsync(hers));
    }

    [Fact]
    public async Task A_collecte_a_comite_year_rests_on_is_refused_with_the_year_and_kept_whole()
    {
        var code = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(code, 3);
        var id = await factory.CollecteIdAsync(code);
        await factory.ComiteYearOnAsync(id, "Comité de Saint-Marc");
        var client = await factory.OrganizerAsync(code);

        var page = await new Respondent(client).PostAsync($"/admin/collectes/{code}/supprimer", ("Confirmation", code));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("ne peut pas être supprimée", page.Text);
        Assert.Contains("Comité de Saint-Marc (2026-2027)", page.Text);
        Assert.True(await ExistsAsync(code));
        Assert.Equal(3, await factory.CountResponsesAsync(code));
        Assert.Equal(0, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "collecte.deleted" && e.TargetId == id.ToString())));
    }
}
