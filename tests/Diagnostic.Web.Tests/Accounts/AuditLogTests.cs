using System.Net;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Audit;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd");

        var todayOnly = await admin.GetAsync($"/admin/audit?Action=collecte.imported&From={today}&To={today}");
        var fromTomorrow = await admin.GetAsync($"/admin/audit?Action=collecte.imported&From={tomorrow}");

        Assert.Contains("2 entrées", todayOnly.Text);
        Assert.Contains("0 entrées", fromTomorrow.Text);
    }
}
