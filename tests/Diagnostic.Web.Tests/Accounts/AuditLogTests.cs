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

        Assert.Contains("1 entrées", french.Text);
        Assert.Contains("1 juillet 2026, 12 h 05", french.Text);
        Assert.Contains("Forum : enjeux regroupés", french.Text);
        Assert.DoesNotContain(">forum.grouped<", french.Html);
        Assert.Contains("July 1, 2026, 12:05 PM", english.Text);
        Assert.Contains("Forum: issues grouped", english.Text);
    }
}
