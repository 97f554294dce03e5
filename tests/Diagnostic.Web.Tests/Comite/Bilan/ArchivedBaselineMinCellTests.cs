using Diagnostic.Core.Analysis;
using Diagnostic.Data;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Exchange;
using Diagnostic.Data.Retention;
using Diagnostic.Web.Demo;
using Diagnostic.Web.Pages.Comite;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Diagnostic.Web.Tests.Comite.Bilan;

/// <summary>An archive suppressed with another min_cell than the configured one must not be compared as if it were not.</summary>
public sealed class ArchivedBaselineMinCellTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    [Fact]
    public async Task A_baseline_archived_with_another_min_cell_is_refused_rather_than_compared()
    {
        var configured = factory.Services.GetRequiredService<IOptions<AnalysisOptions>>().Value.MinCell;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
            var collecte = (await ExchangeCollecte.FindAsync(db, DemoSeeder.CitizenCode, null, default))!;
            await scope.ServiceProvider.GetRequiredService<RetentionService>().ApplyAsync(collecte, configured + 2, default);
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var baselineId = await factory.WithDbAsync(db => db.Collectes.Where(s => s.PublicCode == DemoSeeder.CitizenCode).Select(s => s.Id).SingleAsync());
            var baseline = (await scope.ServiceProvider.GetRequiredService<CollectePortraits>().LoadAsync(baselineId, default))!;
            Assert.True(baseline.Archive!.MinCellDiffers);
            Assert.Equal(configured + 2, baseline.Portrait.MinCell);
        }
        var cycle = await factory.CycleAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);
        var page = await organizer.Browser().GetAsync($"/comite/bilan/{cycle.Id}");

        // The reason in plain French (the analysis's English reason, with min_cell, is for the command line).
        Assert.Contains("Ces deux collectes ne peuvent pas être comparées\u00a0: leurs résultats ne cachent pas les petits nombres de réponses de la même façon.", page.Text);
        Assert.DoesNotContain("min_cell", page.Text);
        Assert.DoesNotContain("<td class=\"diff\">", page.Html);
    }
}
