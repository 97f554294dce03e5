using System.Globalization;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Analysis.Change;
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

/// <summary>domain.md 5.0: once retention has deleted the baseline's answers, the bilan still measures the change from its archived portrait.</summary>
public sealed class ArchivedBaselineBilanTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    private async Task<int> CollecteIdAsync(string code) =>
        await factory.WithDbAsync(db => db.Collectes.Where(s => s.PublicCode == code).Select(s => s.Id).SingleAsync());

    /// <summary>ChangeBuilder's report between the demo baseline and its follow-up, with the portraits as CollectePortraits gives them now.</summary>
    private async Task<(ChangeReport Report, CollectePortraits.Loaded Baseline)> ChangeNowAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var portraits = scope.ServiceProvider.GetRequiredService<CollectePortraits>();
        var before = (await portraits.LoadAsync(await CollecteIdAsync(DemoSeeder.CitizenCode), default))!;
        var after = (await portraits.LoadAsync(await CollecteIdAsync(ComiteDemoSeeder.FollowUpCode), default))!;
        return (ChangeBuilder.Build(before.Questionnaire, before.Portrait, after.Questionnaire, after.Portrait), before);
    }

    private async Task ApplyRetentionToBaselineAsync(int minCell)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>();
        var collecte = (await ExchangeCollecte.FindAsync(db, DemoSeeder.CitizenCode, null, default))!;
        await scope.ServiceProvider.GetRequiredService<RetentionService>().ApplyAsync(collecte, minCell, default);
    }

    [Fact]
    public async Task After_retention_the_bilan_carries_the_same_change_figures_as_before_the_deletion()
    {
        var (expected, _) = await ChangeNowAsync();
        var configured = factory.Services.GetRequiredService<IOptions<AnalysisOptions>>().Value.MinCell;

        await ApplyRetentionToBaselineAsync(configured);

        var baselineId = await CollecteIdAsync(DemoSeeder.CitizenCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Responses.CountAsync(r => r.CollecteId == baselineId)));
        var (now, baseline) = await ChangeNowAsync();
        Assert.False(baseline.Archive!.MinCellDiffers);
        Assert.Null(now.Refusal);
        Assert.Equal(expected.Rows, now.Rows);
        // The dimension rows keep their Welch interval: the archive kept the dimension sd.
        Assert.Contains(now.Rows, r => r.Level == FigureLevel.Dimension && r.CiLow is not null);

        var cycle = await factory.CycleAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);
        var csv = await organizer.Client.GetStringAsync($"/comite/bilan/{cycle.Id}/export");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(';')).ToList();
        var targets = await factory.WithDbAsync(db => db.ChosenTargets.Where(t => t.Cycle!.YearLabel == Diagnostic.Web.Demo.ComiteDemoSeeder.CycleYear).OrderBy(t => t.Order).ToListAsync());
        Assert.Equal(targets.Count, lines.Count);
        foreach (var (target, line) in targets.Zip(lines))
        {
            var row = expected.Rows.Single(r => r.Audience == target.IndicatorAudience && r.Neighbourhood == PortraitRow.AllNeighbourhoods
                && r.Level == FigureLevel.Dimension && r.Id == target.IndicatorId);
            Assert.Equal(new[] { $"{row.NBefore}", $"{row.NAfter}" }, line[3..5]);
            Assert.Equal(new[] { row.Before, row.After, row.Diff, row.CiLow, row.CiHigh, row.P, row.Q }.Select(Csv), line[5..12]);
        }
    }

    private static string Csv(double? value) =>
        value is { } v ? v.ToString("F4", CultureInfo.InvariantCulture).Replace('.', ',') : "";
}
