using Diagnostic.Core.Plans;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Comite;

/// <summary>Issue 11, finding 2, for the comité's files: typed text is neutralised, codes, dates and figures are not.</summary>
public sealed class ComiteFormulaExportTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    private const string Hyperlink = "=HYPERLINK(\"http://x\",\"y\")";
    private const string WrittenHyperlink = "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"";

    private static async Task<string[][]> CsvAsync(SignedInClient client, string path)
    {
        var bytes = await client.Client.GetByteArrayAsync(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        // No value below holds a semicolon or a line break, so splitting is enough to see each field as written.
        return System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(';')).ToArray();
    }

    [Fact]
    public async Task The_plan_export_neutralises_the_actions_typed_text_but_not_its_dates_and_status()
    {
        var cycle = await factory.CycleAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);
        var targetId = await factory.WithDbAsync(db => Task.FromResult(db.ChosenTargets.OrderBy(t => t.Id).First().Id));
        // The porteur is chosen among the démarche's organisations: a demo porteur from the directory is one.
        var porteur = await factory.WithDbAsync(db => db.Actions.Where(a => a.LeadPartnerId != null).Select(a => a.LeadPartnerId!.Value).FirstAsync());
        var porteurName = await factory.WithDbAsync(db => db.PartnerOrganisations.Where(o => o.Id == porteur).Select(o => o.Name).SingleAsync());
        await organizer.Browser().PostAsync($"/comite/plan/{cycle.Id}/action?targetId={targetId}",
            ("TargetId", targetId.ToString()), ("Input.Title", Hyperlink), ("Input.Objective", "+1 logement"), ("Input.Means", "-2 $"),
            ("Input.Activities", "@voisins"), ("Input.Resources", "'quoted"), ("Input.LeadPartnerId", porteur.ToString()),
            ("Input.Start", "2027-04-01"), ("Input.Due", "2027-09-30"), ("Input.PeriodLabel", "=printemps"),
            ("Input.Status", nameof(ActionStatus.Upcoming)));
        Assert.Single(await factory.ActionsAsync(), a => a.Title == Hyperlink);

        var lines = await CsvAsync(organizer, $"/comite/plan/{cycle.Id}/export");

        var line = Assert.Single(lines, l => l[1] == WrittenHyperlink);
        Assert.Equal(["'+1 logement", "'-2 $", "'@voisins", porteurName, "", "''quoted", "2027-04-01", "2027-09-30", "'=printemps", "a_venir", ""], line[2..]);
    }

    [Fact]
    public async Task The_bilan_export_neutralises_the_wording_comment_and_public_text_but_not_the_figures()
    {
        var cycle = await factory.CycleAsync();
        var organizer = await factory.SignInAsAsync(Roles.Organizer);
        await factory.WithDbAsync(async db =>
        {
            var target = await db.ChosenTargets.Where(t => t.CycleId == cycle.Id).OrderBy(t => t.Order).FirstAsync();
            target.Wording = "-5 % de solitude";
            var review = await db.TargetReviews.SingleOrDefaultAsync(r => r.TargetId == target.Id)
                ?? db.TargetReviews.Add(new TargetReview { TargetId = target.Id, ReviewedAt = DateTimeOffset.UtcNow }).Entity;
            review.Comment = "@équipe à revoir";
            review.PublicText = Hyperlink;
            return await db.SaveChangesAsync();
        });

        var lines = await CsvAsync(organizer, $"/comite/bilan/{cycle.Id}/export");

        var line = lines[1];
        Assert.Equal("'-5 % de solitude", line[0]);
        Assert.Equal(["'@équipe à revoir", WrittenHyperlink], line[17..19]);
        Assert.All(line[1..17], field => Assert.False(field.StartsWith('\''), field));
        Assert.Matches("^-?\\d+,\\d{4}$", line[8]); // the diff: a figure, a minus sign included, never neutralised
    }
}
