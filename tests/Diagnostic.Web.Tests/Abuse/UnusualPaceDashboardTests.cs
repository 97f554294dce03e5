using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Diagnostic.Web.Tests.Organizer;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Abuse;

/// <summary>The participation dashboard says when submissions arrive far faster than usual (rule: Core SubmissionPace).</summary>
public sealed class UnusualPaceDashboardTests : IDisposable
{
    private readonly DiagnosticWebFactory factory = new();

    public void Dispose() => factory.Dispose();

    private Task AddSubmittedAsync(int count, TimeSpan step, DateTimeOffset last) => factory.WithDbAsync(async db =>
    {
        var collecte = await db.Collectes.Include(c => c.Snapshot).SingleAsync(c => c.PublicCode == DiagnosticWebFactory.OpenCode);
        for (var i = 0; i < count; i++)
        {
            var at = last - i * step;
            db.Responses.Add(new Response
            {
                PublicId = Guid.NewGuid().ToString(),
                CollecteId = collecte.Id,
                NeighbourhoodCode = "nord",
                Audience = Audience.Citizen,
                Language = "fr",
                Channel = ResponseChannel.Web,
                StartedAt = at,
                SubmittedAt = at,
                QuestionnaireHash = collecte.Snapshot!.Hash,
                Status = ResponseStatus.Submitted,
                Answers = new() { ["fier"] = "3" },
            });
        }
        return await db.SaveChangesAsync();
    });

    private async Task<Respondent.Page> DashboardAsync()
    {
        var organizer = await factory.OrganizerAsync();
        var id = await factory.IdOfAsync(DiagnosticWebFactory.OpenCode);
        return await organizer.Browser().GetAsync($"/admin/collectes/{id}/participation");
    }

    [Fact]
    public async Task Thirty_submissions_in_ten_minutes_after_days_at_one_an_hour_show_a_notice()
    {
        await factory.SeedAsync();
        var now = DateTimeOffset.UtcNow;
        await AddSubmittedAsync(48, TimeSpan.FromHours(1), now.AddMinutes(-30)); // two days at one an hour
        await AddSubmittedAsync(30, TimeSpan.FromSeconds(10), now.AddSeconds(-5));

        var page = await DashboardAsync();

        Assert.Contains("id=\"unusual-pace\"", page.Html);
        Assert.Contains("Rythme inhabituel : 30 réponses envoyées dans les 10 dernières minutes", page.Text);
        Assert.Contains("environ 1 par heure", page.Text);
    }

    [Fact]
    public async Task The_same_responses_spread_at_the_usual_pace_show_no_notice()
    {
        await factory.SeedAsync();
        await AddSubmittedAsync(78, TimeSpan.FromHours(1), DateTimeOffset.UtcNow.AddMinutes(-5));

        var page = await DashboardAsync();

        Assert.DoesNotContain("unusual-pace", page.Html);
        Assert.DoesNotContain("Rythme inhabituel", page.Text);
    }
}
