using System.Net;
using Diagnostic.Core.Analysis;
using Diagnostic.Data.Retention;
using Diagnostic.Web.Pages.Portraits;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Diagnostic.Web.Tests.Portraits;

/// <summary>
/// The printed portrait's build policy (issue 16), over HTTP: one built copy per collecte × language, served with
/// its time stamp, rebuilt at most once a minute while answers arrive, dropped in both languages when the portrait
/// turns non-public or the collecte is deleted; a new MinCell (changed while running, or at a restart) serves freshly
/// built copies.
/// Each test has its own factory (its own database and clock).
/// </summary>
public sealed class PrintedPortraitTests
{
    private const string Print = "/portrait/test/imprimer";

    /// <summary>14 h 05 UTC is 9 h 05 in Québec (EST) on 6 December 2026.</summary>
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 14, 5, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_printed_portrait_is_rebuilt_at_most_once_a_minute_while_answers_arrive_and_shows_when_it_was_built()
    {
        using var factory = new ClockFactory();
        await PortraitData.SeedAsync(factory);
        var client = factory.NewClient();

        var first = await client.GetStringAsync(Print);
        var english = await client.GetStringAsync(Print + "?lang=en");
        Assert.Contains("55 personnes ont répondu.", first);
        Assert.Contains("Portrait du 6 décembre 2026 à 9 h 05", first);
        Assert.Contains("55 people answered.", english);
        Assert.Contains("Portrait of December 6, 2026 at 9:05 AM", english);

        // A new answer 30 s later: readers keep the copy built at 9 h 05, and a refresh does not rebuild it yet.
        await PortraitData.AddAsync(factory, "nord", "35+", "4");
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        await factory.Printed.RefreshAsync(default);
        var soon = await client.GetStringAsync(Print + "?lang=fr");
        Assert.Contains("55 personnes ont répondu.", soon);
        Assert.Contains("Portrait du 6 décembre 2026 à 9 h 05", soon);

        // A minute after the build, the refresh rebuilds both languages in the background.
        factory.Clock.Advance(TimeSpan.FromSeconds(31));
        await factory.Printed.RefreshAsync(default);
        var later = await client.GetStringAsync(Print + "?lang=fr");
        var laterEnglish = await client.GetStringAsync(Print + "?lang=en");
        Assert.Contains("56 personnes ont répondu.", later);
        Assert.Contains("Portrait du 6 décembre 2026 à 9 h 06", later);
        Assert.Contains("56 people answered.", laterEnglish);
        Assert.Contains("Portrait of December 6, 2026 at 9:06 AM", laterEnglish);

        // Nothing changed since: no rebuild, however long it has been.
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, await factory.Printed.RefreshAsync(default));
    }

    [Fact]
    public async Task A_client_looping_on_the_printed_portrait_gets_the_one_copy_and_holds_no_more()
    {
        using var factory = new ClockFactory();
        await PortraitData.SeedAsync(factory);
        var client = factory.NewClient();
        await client.GetStringAsync(Print);
        var held = await CopyAsync(factory, "fr");

        for (var i = 0; i < 30; i++)
        {
            if (i % 10 == 0) await PortraitData.AddAsync(factory, "nord", "35+", "3");
            Assert.Contains("55 personnes ont répondu.", await client.GetStringAsync(Print));
        }

        Assert.Equal(1, factory.Printed.Count);
        Assert.Same(held, await CopyAsync(factory, "fr"));
    }

    [Fact]
    public async Task Both_languages_are_dropped_when_the_portrait_turns_non_public()
    {
        using var factory = new ClockFactory();
        await PortraitData.SeedAsync(factory);
        var client = factory.NewClient();
        await client.GetStringAsync(Print);
        await client.GetStringAsync(Print + "?lang=en");
        var id = await CollecteIdAsync(factory);
        Assert.True(factory.Printed.Holds(id, "fr") && factory.Printed.Holds(id, "en"));

        await SetPublicAsync(factory, false);
        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using (var refused = await anonymous.GetAsync(Print))
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/connexion", refused.Headers.Location!.OriginalString);
        }
        await factory.Printed.RefreshAsync(default);
        Assert.False(factory.Printed.Holds(id, "fr"));
        Assert.False(factory.Printed.Holds(id, "en"));

        // Public again with a new answer, within the same minute: the dropped copies are built afresh.
        await PortraitData.AddAsync(factory, "nord", "35+", "4");
        await SetPublicAsync(factory, true);
        Assert.Contains("56 personnes ont répondu.", await client.GetStringAsync(Print + "?lang=fr"));
        Assert.Contains("56 people answered.", await client.GetStringAsync(Print + "?lang=en"));
    }

    [Fact]
    public async Task Both_languages_are_dropped_when_the_collecte_is_deleted()
    {
        using var factory = new ClockFactory();
        await PortraitData.SeedAsync(factory);
        var client = factory.NewClient();
        await client.GetStringAsync(Print);
        await client.GetStringAsync(Print + "?lang=en");
        var id = await CollecteIdAsync(factory);

        await factory.WithDbAsync(db => new CollecteDeletion(db).DeleteAsync(id, default));
        using var gone = await client.GetAsync(Print);
        await factory.Printed.RefreshAsync(default);

        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.False(factory.Printed.Holds(id, "fr"));
        Assert.False(factory.Printed.Holds(id, "en"));
    }

    [Fact]
    public async Task A_new_min_cell_is_a_restart_that_serves_freshly_built_copies_in_both_languages()
    {
        using var before = new ClockFactory();
        await PortraitData.SeedAsync(before);
        var client = before.NewClient();
        async Task<string> Read(HttpClient reader, string path) => WebUtility.HtmlDecode(await reader.GetStringAsync(path));
        Assert.Contains("n < 5", await Read(client, Print));
        Assert.Contains("n < 5", await Read(client, Print + "?lang=en"));

        using var after = new ClockFactory(shareWith: before, minCell: 3);
        after.Clock.Advance(TimeSpan.FromMinutes(2));
        var restarted = after.NewClient();
        var french = await Read(restarted, Print);
        var english = await Read(restarted, Print + "?lang=en");

        Assert.Contains("n < 3", french);
        Assert.DoesNotContain("n < 5", french);
        Assert.Contains("Portrait du 6 décembre 2026 à 9 h 07", french);
        Assert.Contains("n < 3", english);
        Assert.DoesNotContain("n < 5", english);
        Assert.Contains("Portrait of December 6, 2026 at 9:07 AM", english);
    }

    [Fact]
    public async Task A_min_cell_changed_while_running_rebuilds_both_languages_at_once()
    {
        using var factory = new ClockFactory();
        await PortraitData.SeedAsync(factory);
        var client = factory.NewClient();
        async Task<string> Read(string path) => WebUtility.HtmlDecode(await client.GetStringAsync(path));
        Assert.Contains("n < 5", await Read(Print));
        Assert.Contains("n < 5", await Read(Print + "?lang=en"));

        // appsettings.json edited while the app runs: the options monitor hands out the new value.
        var monitor = factory.Services.GetRequiredService<IOptionsMonitorCache<AnalysisOptions>>();
        monitor.TryRemove(Options.DefaultName);
        monitor.TryAdd(Options.DefaultName, new AnalysisOptions { MinCell = 3 });

        // No new answer and no minute waited: the refresher rebuilds both copies now, and readers get them.
        Assert.Equal(2, await factory.Printed.RefreshAsync(default));
        var french = await Read(Print);
        var english = await Read(Print + "?lang=en");
        Assert.Contains("n < 3", french);
        Assert.DoesNotContain("n < 5", french);
        Assert.Contains("n < 3", english);
        Assert.DoesNotContain("n < 5", english);
    }

    private static async Task<PrintedPortrait> CopyAsync(ClockFactory factory, string language)
    {
        var stamp = await factory.WithDbAsync(db => PortraitCache.StampAsync(db, DiagnosticWebFactory.OpenCode, default));
        return await factory.Printed.GetAsync(stamp!, language, default);
    }

    private static Task<int> CollecteIdAsync(DiagnosticWebFactory factory) =>
        factory.WithDbAsync(db => db.Collectes.Where(c => c.PublicCode == DiagnosticWebFactory.OpenCode).Select(c => c.Id).SingleAsync());

    private static Task<int> SetPublicAsync(DiagnosticWebFactory factory, bool isPublic) =>
        factory.WithDbAsync(db => db.Collectes.Where(c => c.PublicCode == DiagnosticWebFactory.OpenCode)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.PortraitPublic, isPublic)));

    /// <summary>The app on a clock the test moves; optionally on another factory's database with another MinCell.</summary>
    private sealed class ClockFactory(DiagnosticWebFactory? shareWith = null, int? minCell = null) : DiagnosticWebFactory
    {
        public ManualClock Clock { get; } = new(Start);

        public PrintedPortraits Printed => Services.GetRequiredService<PrintedPortraits>();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (shareWith is not null)
            {
                foreach (var (key, value) in shareWith.Database.Settings) builder.UseSetting(key, value);
                builder.UseSetting("Storage:DataDirectory", shareWith.DataDirectory);
            }
            if (minCell is { } cell) builder.UseSetting("Analysis:MinCell", cell.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    /// <summary>Stands still until the test moves it.</summary>
    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset now = start;

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
