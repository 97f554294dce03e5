using System.Globalization;
using Diagnostic.Data.Accounts;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Demo;
using Diagnostic.Web.Pages.Admin.Partners;
using Diagnostic.Web.Pages.Comite.Organisations;
using Diagnostic.Web.Tests.Authorization;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Browser;

/// <summary>One address to sweep: the page's route, the address filled with demo data, and who may open it, least powerful first.</summary>
public sealed record SweepPage(string Route, string Url, IReadOnlyList<string> Roles);

/// <summary>
/// The pages of the authorization matrix (AuthorizationMatrixTests.PagesOf and its rules), filled with the demo's
/// data, so a page added to the app and to the matrix is swept without touching this file; only a route parameter
/// of a new name needs its demo value in <see cref="ValueFor"/> (the sweep fails and says which).
/// </summary>
public sealed class SweepPages
{
    private readonly Dictionary<string, string> byName;
    private readonly string adminUserId;

    private SweepPages(Dictionary<string, string> byName, string adminUserId)
    {
        this.byName = byName;
        this.adminUserId = adminUserId;
    }

    /// <summary>The roles allowed by a rule, the least powerful first: the page is seen as its most ordinary reader sees it.</summary>
    public static IReadOnlyList<string> RolesFor(AccessRule rule) => rule switch
    {
        AccessRule.Public => [AuthorizationMatrixTests.Anonymous],
        AccessRule.SignedIn or AccessRule.Committee => [Roles.Committee, Roles.Organizer, Roles.Admin],
        AccessRule.Organizer => [Roles.Organizer, Roles.Admin],
        _ => [Roles.Admin],
    };

    public static async Task<SweepPages> LoadAsync(BrowserFixture browser, string adminUserId)
    {
        var values = await browser.QueryAsync(async db =>
        {
            var cycle = await db.ComiteCycles.Include(c => c.Comite).OrderBy(c => c.Id).FirstAsync(c => c.YearLabel == ComiteDemoSeeder.CycleYear);
            var round = await db.VotingRounds.Where(r => r.Seance!.CycleId == cycle.Id).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
            var action = await db.Actions.Where(a => a.Target!.CycleId == cycle.Id).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
            var collecte = await db.Collectes.Where(c => c.PublicCode == DemoSeeder.CitizenCode).Select(c => c.Id).SingleAsync();
            var city = await db.Territories.Where(t => t.Code == DemoTerritory.CityCode).Select(t => t.Id).SingleAsync();
            var seance = await db.Seances.Where(x => x.CycleId == cycle.Id).OrderBy(x => x.Id).Select(x => x.Id).FirstAsync();
            var forum = await db.ForumEnjeux.OrderBy(e => e.Id).Select(e => new { e.SeanceId, e.Seance!.Cycle!.ComiteId }).FirstAsync();
            var adoption = await db.PlanAdoptions.OrderBy(a => a.Id).Select(a => new { a.CycleId, a.Version }).FirstOrDefaultAsync();
            var demarche = await db.Demarches.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
            // Single-use addresses: the sweep issues its own, as the organisatrice would send them.
            var organisation = await db.PartnerOrganisations.OrderBy(o => o.Id).FirstAsync();
            var withdraw = MembershipLinks.NewWithdrawToken(organisation);
            await db.SaveChangesAsync();
            var invitation = await new MembershipLinks(db, new Today(TimeProvider.System)).IssueAsync(organisation.Id, default);
            return (Ids: new Dictionary<string, int>
            {
                ["cycleId"] = cycle.Id, ["comiteId"] = cycle.ComiteId, ["roundId"] = round, ["actionId"] = action,
                ["collecteId"] = collecte, ["territoryId"] = city, ["seanceId"] = seance, ["forumSeanceId"] = forum.SeanceId,
                ["forumComiteId"] = forum.ComiteId, ["adoptionCycleId"] = adoption?.CycleId ?? cycle.Id,
                ["version"] = adoption?.Version ?? 1, ["demarcheId"] = demarche,
            }, Invitation: invitation, Withdraw: withdraw);
        });
        var byName = values.Ids.ToDictionary(v => v.Key, v => v.Value.ToString(CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);
        byName["invitationToken"] = values.Invitation;
        byName["withdrawToken"] = values.Withdraw;
        byName["code"] = DemoSeeder.CitizenCode;
        byName["neighbourhood"] = DemoTerritory.Neighbourhoods[0].Code;
        byName["year"] = ComiteDemoSeeder.CycleYear;
        byName["number"] = "1";
        byName["status"] = "404";
        return new SweepPages(byName, adminUserId);
    }

    /// <summary>
    /// Every page of the matrix as addresses to visit. Files (a route ending in a file name: .csv, .png) are not pages.
    /// A route with a parameter that has no demo value comes back in <paramref name="unfilled"/>.
    /// </summary>
    public IReadOnlyList<SweepPage> List(IServiceProvider services, List<string> unfilled)
    {
        var pages = new List<SweepPage>();
        foreach (var (route, endpoint) in AuthorizationMatrixTests.PagesOf(services).DistinctBy(p => p.Route).OrderBy(p => p.Route, StringComparer.Ordinal))
        {
            if (route.Split('/')[^1].Contains('.', StringComparison.Ordinal)) continue;
            if (AuthorizationMatrixTests.RuleFor(route) is not { } rule) continue; // the matrix itself fails on a page without a rule
            var url = Fill(route, endpoint.RoutePattern, unfilled);
            if (url is not null) pages.Add(new SweepPage(route, url, RolesFor(rule)));
        }
        return pages;
    }

    private string? Fill(string route, RoutePattern pattern, List<string> unfilled)
    {
        var segments = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            var text = "";
            foreach (var part in segment.Parts)
            {
                if (part is RoutePatternLiteralPart literal) text += literal.Content;
                else if (part is RoutePatternSeparatorPart separator) text += separator.Content;
                else if (part is RoutePatternParameterPart parameter)
                {
                    var value = ValueFor(route, parameter.Name);
                    if (value is null && !parameter.IsOptional)
                    {
                        unfilled.Add($"{route}: no demo value for {{{parameter.Name}}} (add one to SweepPages.ValueFor)");
                        return null;
                    }
                    text += value is null ? "" : Uri.EscapeDataString(value);
                }
            }
            if (text.Length > 0) segments.Add(text);
        }
        return "/" + string.Join("/", segments);
    }

    /// <summary>The demo value of a route parameter; a few names mean different things under different addresses.</summary>
    private string? ValueFor(string route, string name) => (name.ToLowerInvariant(), route) switch
    {
        ("code", _) when route.EndsWith("/invitations", StringComparison.Ordinal) => DemoSeeder.PartnerCode,
        ("id", _) when route.StartsWith("/admin/users/", StringComparison.Ordinal) => adminUserId,
        ("id", _) when route.StartsWith("/admin/collectes/", StringComparison.Ordinal) => byName["collecteId"],
        ("id", _) when route.Contains("/action/", StringComparison.Ordinal) => byName["actionId"],
        ("territory", _) when route.StartsWith("/comite/region/", StringComparison.Ordinal) => DemoTerritory.RegionCode,
        ("territory", _) => DemoTerritory.CityCode,
        ("code", _) when route.StartsWith("/admin/territoires/", StringComparison.Ordinal) => DemoTerritory.CityCode,
        ("token", _) when route.StartsWith("/adhesion/retrait/", StringComparison.Ordinal) => byName["withdrawToken"],
        ("token", _) when route.StartsWith("/adhesion/", StringComparison.Ordinal) => byName["invitationToken"],
        ("seanceid", _) when route.Contains("/forum/", StringComparison.Ordinal) => byName["forumSeanceId"],
        ("comiteid", _) when route.Contains("/forum/", StringComparison.Ordinal) => byName["forumComiteId"],
        ("cycleid", _) when route.Contains("/version/", StringComparison.Ordinal) => byName["adoptionCycleId"],
        ("id", _) when route.StartsWith("/demarches/", StringComparison.Ordinal) => byName["demarcheId"],
        _ => byName.GetValueOrDefault(name),
    };
}
