using System.Globalization;
using System.Net;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Audit;
using Diagnostic.Data.Collectes;
using Diagnostic.Web.Pages.Admin.Audit;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Diagnostic.Web.Tests.Accounts;

public sealed class AuditLogTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    private async Task RecordAsync(int count, string action, string detailsPrefix)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        var actor = new AuditActor("u-1", "organisatrice@cdc.example");
        for (var i = 1; i <= count; i++) audit.Add(actor, action, AuditTarget.Collecte(i), detailsPrefix + i);
        await scope.ServiceProvider.GetRequiredService<Diagnostic.Data.DiagnosticDbContext>().SaveChangesAsync();
    }

    [Fact]
    public async Task An_entry_records_when_who_what_and_on_which_target()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var before = DateTime.UtcNow;

        await scope.ServiceProvider.GetRequiredService<AuditLog>()
            .RecordAsync(new AuditActor("u-42", "org@cdc.example"), AuditActions.CollecteOpened, AuditTarget.Collecte(7), "status open");

        var entry = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.CollecteOpened && e.TargetId == "7"));
        Assert.Equal(("u-42", "org@cdc.example", "collecte", "status open"), (entry.ActorUserId, entry.ActorDisplay, entry.TargetType, entry.Details));
        Assert.InRange(entry.AtUtc, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task Details_are_cut_to_five_hundred_characters()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var entry = scope.ServiceProvider.GetRequiredService<AuditLog>()
            .Add(AuditActor.System, AuditActions.CollectePurged, AuditTarget.Collecte(1), new string('x', 600));

        Assert.Equal(AuditLog.MaxDetailsLength, entry.Details!.Length);
    }

    [Fact]
    public async Task The_admin_log_filters_by_action_and_pages_by_fifty_newest_first()
    {
        await RecordAsync(60, AuditActions.CollecteExported, "export n°");
        await RecordAsync(3, AuditActions.CollecteClosed, "fermeture n°");
        var admin = (await factory.SignInAsAsync(Roles.Admin)).Browser();

        var first = await admin.GetAsync("/admin/audit?Action=collecte.exported");
        var second = await admin.GetAsync("/admin/audit?Action=collecte.exported&p=2");
        var closed = await admin.GetAsync("/admin/audit?Action=collecte.closed&Actor=organisatrice");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Contains("60 entrées", first.Text);
        Assert.Contains("Page 1 sur 2", first.Text);
        Assert.Contains("export n°60<", first.Html); // newest first
        Assert.DoesNotContain("export n°10<", first.Html);
        Assert.Contains("href=\"?Action=collecte.exported&amp;p=2\"", first.Html);
        Assert.Contains("export n°10<", second.Html);
        Assert.Contains("export n°1<", second.Html);
        Assert.DoesNotContain("fermeture", first.Html);
        Assert.Contains("3 entrées", closed.Text);
    }

    [Fact]
    public async Task The_log_filters_by_day_inclusive()
    {
        await RecordAsync(2, AuditActions.CollecteImported, "import n°");
        var admin = (await factory.SignInAsAsync(Roles.Admin)).Browser();
        // Days are Québec days, as the page shows the times.
        var quebecToday = QuebecDates.DayOf(DateTimeOffset.UtcNow);
        var today = quebecToday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tomorrow = quebecToday.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var todayOnly = await admin.GetAsync($"/admin/audit?Action=collecte.imported&From={today}&To={today}");
        var fromTomorrow = await admin.GetAsync($"/admin/audit?Action=collecte.imported&From={tomorrow}");

        Assert.Contains("2 entrées", todayOnly.Text);
        Assert.Contains("0 entrées", fromTomorrow.Text);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void Every_action_reads_in_words_in_both_languages(string language)
    {
        var words = factory.Services.GetRequiredService<IStringLocalizer<AuditText>>();
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var missing = AuditActions.All.Where(a => words["Action." + a].ResourceNotFound).ToList();
            Assert.Empty(missing);
            Assert.Equal(AuditActions.All.Count, AuditActions.All.Select(a => AuditWords.Action(words, a)).Distinct().Count());
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public async Task The_log_names_actions_in_words_and_times_in_quebec()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var entry = scope.ServiceProvider.GetRequiredService<AuditLog>()
                .Add(new AuditActor("u-7", "coordo@cdc.example"), AuditActions.ForumGrouped, AuditTarget.Collecte(3), "marqueur-temps");
            // 2026-07-01 16:05 UTC is 12 h 05 in Québec (EDT, UTC−4).
            entry.AtUtc = new DateTime(2026, 7, 1, 16, 5, 0, DateTimeKind.Utc);
            await scope.ServiceProvider.GetRequiredService<Diagnostic.Data.DiagnosticDbContext>().SaveChangesAsync();
        }
        var admin = (await factory.SignInAsAsync(Roles.Admin)).Browser();

        var french = await admin.GetAsync("/admin/audit?Action=forum.grouped&From=2026-07-01&To=2026-07-01");
        var english = await admin.GetAsync("/admin/audit?Action=forum.grouped&From=2026-07-01&To=2026-07-01&lang=en");

        Assert.Contains("1 entrée<", french.Html); // singular
        Assert.Contains("1 entry<", english.Html);
        Assert.Contains("1 juillet 2026, 12 h 05", french.Text);
        Assert.Contains("Forum : enjeux regroupés", french.Text);
        Assert.DoesNotContain(">forum.grouped<", french.Html);
        Assert.Contains("July 1, 2026, 12:05 PM", english.Text);
        Assert.Contains("Forum: issues grouped", english.Text);
    }

    [Fact]
    public async Task The_log_words_targets_the_system_and_details_in_the_readers_language_without_changing_the_rows()
    {
        var rows = new (AuditActor Actor, string Action, AuditTarget Target, string Details)[]
        {
            (AuditActor.System, AuditActions.ComiteRoundOpened, AuditTarget.Round(4), "kind=Criteria;candidates=5;previous=3"),
            (AuditActor.System, AuditActions.CollectePurged, AuditTarget.Collecte(12), "12 responses deleted, portrait archive 4"),
            (AuditActor.CommandLine, AuditActions.CollecteImported, AuditTarget.Collecte(12), "12 added, 3 already present"),
            (AuditActor.CommandLine, AuditActions.CollecteExported, AuditTarget.Collecte(12), "format wide, semicolon"),
            (AuditActor.System, AuditActions.UserCreated, AuditTarget.User("u-9"), "role comite"),
            (AuditActor.System, AuditActions.ComiteTargetRecorded, AuditTarget.ChosenTarget(7), "cycle=2;order=1;departs-ranking=no;mystery=42"),
            (AuditActor.System, AuditActions.SeanceCreated, AuditTarget.Seance(5), "cycle=2;kind=comite;date=2026-05-14"),
        };
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
            foreach (var row in rows)
                audit.Add(row.Actor, row.Action, row.Target, row.Details).AtUtc = new DateTime(2026, 8, 3, 16, 0, 0, DateTimeKind.Utc);
            await scope.ServiceProvider.GetRequiredService<Diagnostic.Data.DiagnosticDbContext>().SaveChangesAsync();
        }
        var admin = (await factory.SignInAsAsync(Roles.Admin)).Browser();

        var french = await admin.GetAsync("/admin/audit?From=2026-08-03&To=2026-08-03");
        var english = await admin.GetAsync("/admin/audit?From=2026-08-03&To=2026-08-03&lang=en");

        Assert.Equal(HttpStatusCode.OK, french.Status);
        foreach (var expected in new[]
        {
            "7 entrées", "<td>Système</td>", "<td>Ligne de commande</td>", "<td>Tour de vote 4</td>", "<td>Collecte 12</td>",
            "<td>Cible 7</td>", "<td>Séance 5</td>", "<td>Compte u-9</td>",
            "<td>Type : critères · Candidats : 5 · Tour précédent : 3</td>",
            "<td>Réponses supprimées : 12 · Archive du portrait : 4</td>",
            "<td>Ajoutées : 12 · Déjà présentes : 3</td>",
            "<td>Format : wide · Séparateur : point-virgule</td>",
            "<td>Rôle : comité</td>",
            "<td>Année : 2 · Rang : 1 · S'écarte du classement : non · mystery : 42</td>",
            "<td>Année : 2 · Type : comité · Date : 14 mai 2026</td>",
        })
            Assert.Contains(expected, french.Text);
        Assert.DoesNotContain(">system<", french.Text);
        Assert.DoesNotContain("round 4", french.Text);
        Assert.DoesNotContain("responses deleted", french.Text);
        Assert.Contains("<td>System</td>", english.Text);
        Assert.Contains("<td>Voting round 4</td>", english.Text);
        Assert.Contains("<td>Responses deleted: 12 · Portrait archive: 4</td>", english.Text);
        Assert.Contains("Date: May 14, 2026", english.Text);
        // Only the page reads in words: the rows keep their codes.
        var stored = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.AtUtc == new DateTime(2026, 8, 3, 16, 0, 0, DateTimeKind.Utc))
            .Select(e => new { e.ActorDisplay, e.TargetType, e.Details }).ToListAsync());
        Assert.Contains(stored, e => (e.ActorDisplay, e.TargetType, e.Details) == ("system", "round", "kind=Criteria;candidates=5;previous=3"));
        Assert.Contains(stored, e => e.Details == "12 responses deleted, portrait archive 4");
    }

    [Fact]
    public async Task The_total_is_written_with_french_spacing()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
            for (var i = 0; i < 1234; i++) audit.Add(AuditActor.System, AuditActions.UserUnlocked, AuditTarget.User("u-" + i));
            await scope.ServiceProvider.GetRequiredService<Diagnostic.Data.DiagnosticDbContext>().SaveChangesAsync();
        }
        var admin = (await factory.SignInAsAsync(Roles.Admin)).Browser();

        var page = await admin.GetAsync("/admin/audit?Action=user.unlocked");

        Assert.Contains("1\u202F234 entrées", page.Text);
    }
}
