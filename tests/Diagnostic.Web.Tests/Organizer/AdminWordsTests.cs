using System.Text;
using Diagnostic.Data.Accounts;
using Diagnostic.Web.Tests.Comite;
using Diagnostic.Web.Tests.Infrastructure;
using Diagnostic.Web.Tests.TerritoryData;

namespace Diagnostic.Web.Tests.Organizer;

/// <summary>Admin and comité pages speak in words: the questionnaire's title, shapes and questions in plain words, codes only to organisatrices.</summary>
public sealed class AdminWordsTests : IDisposable
{
    private readonly DiagnosticWebFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task The_collecte_pages_name_the_questionnaire_by_its_title_in_the_pages_language()
    {
        await factory.SeedAsync();
        var organizer = await factory.OrganizerAsync();
        var id = await factory.IdOfAsync(DiagnosticWebFactory.OpenCode);

        var list = await organizer.Browser().GetAsync("/admin/collectes");
        var detail = await organizer.Browser().GetAsync($"/admin/collectes/{id}");
        var english = await organizer.Browser().GetAsync($"/admin/collectes/{id}?lang=en");

        Assert.Contains("Mon quartier, test", list.Text);
        Assert.DoesNotContain("test-citoyens", list.Text);
        Assert.Matches("<dd id=\"questionnaire\">Mon quartier, test \\(citoyens\\) <span class=\"hint\" title=\"[0-9a-f]+\">\\(version 1\\)</span></dd>", detail.Html);
        Assert.DoesNotContain("test-citoyens", detail.Text);
        Assert.Contains("My neighbourhood, test", english.Text);
    }

    [Fact]
    public async Task The_boundary_preview_names_the_shape_in_words()
    {
        await Portraits.PortraitData.SeedAsync(factory);
        var organizer = await factory.OrganizerAsync();

        var page = await CensusData.UploadAsync(organizer.Browser(), "/admin/territoires/ville/limites", Encoding.UTF8.GetBytes(BoundaryData.Valid()), "limites.geojson");

        var items = System.Text.RegularExpressions.Regex.Match(page.Html, "<ul id=\"preview\">(.*?)</ul>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("— un polygone</li>", items);
        Assert.DoesNotContain("Polygon", items);
    }

    [Fact]
    public async Task The_census_in_place_names_its_question_by_its_text()
    {
        await CensusData.SeededWithCensusAsync(factory);
        var organizer = await factory.OrganizerAsync();

        var page = await organizer.Browser().GetAsync("/admin/collectes/test/recensement");

        Assert.Contains("(question « Quel âge avez-vous? »)", page.Text);
        Assert.DoesNotContain("question age", page.Text);
    }

    [Fact]
    public async Task Voter_type_codes_are_shown_to_organisatrices_only()
    {
        var w = await ComiteWorld.CreateAsync(factory);

        var member = await w.Citizen.Browser().GetAsync($"/comite/{w.ComiteId}");
        var organizer = await w.Organizer.Browser().GetAsync($"/comite/{w.ComiteId}");

        Assert.Contains("id=\"voter-types\"", member.Html);
        Assert.DoesNotContain("<code>citoyen</code>", member.Html);
        Assert.Contains("<code>citoyen</code>", organizer.Html);
    }
}
