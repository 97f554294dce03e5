using System.Net;
using Diagnostic.Data.Accounts;
using Diagnostic.Web.Demo;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Comite;

/// <summary>The demo with a minimum cell of 50 (Analysis:MinCell): every demo figure is hidden.</summary>
public sealed class HighMinCellDemoFactory : DiagnosticWebFactory
{
    protected override bool DemoEnabled => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Analysis:MinCell", "50");
    }
}

/// <summary>The hidden figures name the configured minimum, never a fixed « 5 ».</summary>
public sealed class MinCellWordingTests(HighMinCellDemoFactory factory) : IClassFixture<HighMinCellDemoFactory>
{
    [Fact]
    public async Task The_regional_view_the_synthesis_and_the_bilan_say_the_configured_minimum()
    {
        var organizer = await factory.SignInAsAsync(Roles.Organizer);

        var region = await organizer.Browser().GetAsync($"/comite/region/{DemoTerritory.RegionCode}");
        Assert.Equal(HttpStatusCode.OK, region.Status);
        Assert.Contains("<td class=\"score\">n &lt; 50</td>", region.Html);
        Assert.DoesNotContain("n &lt; 5<", region.Html);

        var demarche = await factory.WithDbAsync(db => db.Demarches.AsNoTracking().SingleAsync(d => d.Territory!.Code == DemoTerritory.CityCode));
        var collecteId = await factory.WithDbAsync(db => db.Collectes.Where(s => s.PublicCode == DemoSeeder.CitizenCode).Select(s => s.Id).SingleAsync());
        var synthesis = await organizer.Browser().GetAsync($"/demarches/{demarche.Id}/collecte/{collecteId}");
        Assert.Equal(HttpStatusCode.OK, synthesis.Status);
        Assert.Contains("<td colspan=\"3\">n &lt; 50</td>", synthesis.Html);

        var bilan = await organizer.Browser().GetAsync($"/comite/bilan/{(await factory.CycleAsync()).Id}");
        Assert.Contains("moins de 50 réponses dans l'une des deux collectes", bilan.Text);
        Assert.DoesNotContain("moins de 5 réponses", bilan.Text);
    }
}

/// <summary>Respondent counts in the comité's tables read in French format (1 234 with a narrow space).</summary>
public sealed class ComiteCountFormatTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    [Fact]
    public async Task Baseline_and_candidate_counts_have_french_thousands_spacing()
    {
        var cycle = await factory.CycleAsync();
        await factory.WithDbAsync(db => db.ChosenTargets.Where(t => t.CycleId == cycle.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.BaselineN, 1234)));
        await factory.WithDbAsync(db => db.CandidateTargets.Where(t => t.CycleId == cycle.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.N, 1234)));
        var organizer = await factory.SignInAsAsync(Roles.Organizer);
        var space = Diagnostic.Core.Formatting.NumberText.French.Count(1234);

        var targets = await organizer.Browser().GetAsync($"/comite/annee/{cycle.Id}/cibles");
        Assert.Contains($"(n = {space})", targets.Text);
        Assert.DoesNotContain("1234", targets.Text);

        var candidates = await organizer.Browser().GetAsync($"/comite/annee/{cycle.Id}/candidats");
        Assert.Contains($"<td class=\"num\">{space}</td>", candidates.Text);
        Assert.DoesNotContain("1234", candidates.Text);
    }
}
