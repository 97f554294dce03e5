using System.Net;
using Diagnostic.Data.Accounts;
using Diagnostic.Web.Tests.Infrastructure;

namespace Diagnostic.Web.Tests.Exchange;

/// <summary>Raw answers leave only through an organisatrice of the collecte (or an admin).</summary>
public sealed class ExchangeAccessTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    public static TheoryData<string> CollectePages => new()
    {
        "/admin/collectes/{0}/export",
        "/admin/collectes/{0}/export?handler=download&format=wide&separator=comma",
        "/admin/collectes/{0}/export?handler=download&format=long&separator=comma",
        "/admin/collectes/{0}/export?handler=download&format=codebook&separator=comma",
        "/admin/collectes/{0}/import",
        "/admin/collectes/{0}/supprimer",
        "/admin/collectes/{0}/conservation",
    };

    [Theory]
    [MemberData(nameof(CollectePages))]
    public async Task A_committee_member_cannot_reach_raw_answers_exports_or_imports(string page)
    {
        var code = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(code, 3);
        var member = await factory.SignInAsAsync(Roles.Committee, followRedirects: false, code);

        using var response = await member.Client.GetAsync(string.Format(page, code));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("response_id", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(CollectePages))]
    public async Task Another_organisatrices_collecte_is_not_found(string page)
    {
        var hers = await factory.NewCollecteAsync();
        var mine = await factory.NewCollecteAsync();
        await factory.AddResponsesAsync(hers, 3);
        var me = await factory.SignInAsAsync(Roles.Organizer, mine);

        using var response = await me.Client.GetAsync(string.Format(page, hers));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Another_organisatrice_cannot_import_into_a_collecte_she_does_not_see()
    {
        var hers = await factory.NewCollecteAsync();
        var mine = await factory.NewCollecteAsync();
        var me = await factory.SignInAsAsync(Roles.Organizer, mine);
        var form = await new Respondent(me.Client).GetAsync($"/admin/collectes/{mine}/import");
        using var body = new MultipartFormDataContent
        {
            { new ByteArrayContent("x"u8.ToArray()), "Upload", "r.csv" },
            { new StringContent(form.Token!), "__RequestVerificationToken" },
        };

        using var response = await me.Client.PostAsync($"/admin/collectes/{hers}/import", body);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await factory.CountResponsesAsync(hers));
    }

    [Fact]
    public async Task An_admin_sees_every_collecte_and_exports_are_audited()
    {
        var code = await factory.NewCollecteAsync();
        var admin = await factory.SignInAsAsync(Roles.Admin);

        using var response = await admin.Client.GetAsync($"/admin/collectes/{code}/export?handler=download&format=wide&separator=comma");
        await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await factory.CollecteIdAsync(code)).ToString();
        var audited = await factory.WithDbAsync(db => Task.FromResult(
            db.AuditEntries.Where(e => e.Action == "collecte.exported" && e.TargetId == id).Select(e => e.ActorUserId).ToList()));
        Assert.Equal([admin.UserId], audited);
    }

    [Fact]
    public async Task Anonymous_people_are_sent_to_sign_in()
    {
        var code = await factory.NewCollecteAsync();
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync($"/admin/collectes/{code}/export?handler=download&format=wide&separator=comma");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/connexion", response.Headers.Location!.AbsolutePath);
    }
}
