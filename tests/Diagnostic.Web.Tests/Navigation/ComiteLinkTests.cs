using System.Net;
using System.Text.RegularExpressions;
using Diagnostic.Data.Accounts;
using Diagnostic.Web.Tests.Infrastructure;

namespace Diagnostic.Web.Tests.Navigation;

/// <summary>Every link of the comité pages leads somewhere: followed from /comite on the demo, no empty href, no dead page.</summary>
public sealed partial class ComiteLinkTests(DemoWebFactory factory) : IClassFixture<DemoWebFactory>
{
    [Fact]
    public async Task Every_comite_link_an_organisatrice_can_follow_answers()
    {
        var organizer = await factory.SignInAsAsync(Roles.Organizer);
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/comite" };
        var queue = new Queue<string>(seen);
        var visited = 0;
        while (queue.TryDequeue(out var path) && visited < 80)
        {
            visited++;
            using var response = await organizer.Client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var html = await response.Content.ReadAsStringAsync();
            Assert.False(html.Contains("href=\"\"", StringComparison.Ordinal), $"{path} has a link without an address");
            foreach (var link in Links().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Split('#')[0]))
            {
                if (link.StartsWith("/comite", StringComparison.Ordinal) && seen.Add(link)) queue.Enqueue(link);
            }
        }

        // The demo's comité has a year with candidates, a round, targets, a plan and a bilan: all of them were reached.
        Assert.Contains(seen, p => p.StartsWith("/comite/annee/", StringComparison.Ordinal) && p.EndsWith("/candidats", StringComparison.Ordinal));
        Assert.Contains(seen, p => p.StartsWith("/comite/annee/", StringComparison.Ordinal) && p.EndsWith("/cibles", StringComparison.Ordinal));
        Assert.Contains(seen, p => p.StartsWith("/comite/vote/", StringComparison.Ordinal));
        Assert.Contains(seen, p => p.StartsWith("/comite/plan/", StringComparison.Ordinal));
        Assert.Contains(seen, p => p.StartsWith("/comite/bilan/", StringComparison.Ordinal));
    }

    [GeneratedRegex("<a [^>]*href=\"([^\"]*)\"")]
    private static partial Regex Links();
}
