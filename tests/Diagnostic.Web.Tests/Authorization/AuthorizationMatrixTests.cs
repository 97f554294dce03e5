using Diagnostic.Data.Accounts;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Web.Tests.Authorization;

/// <summary>
/// Every Razor Page of the app × anonymous, comite, organisatrice, admin. The expected access comes from
/// <see cref="Rules"/>, by route prefix (the longest matching prefix wins). A page whose address matches no
/// prefix fails the test: whoever adds a page adds its rule here.
/// </summary>
public sealed class AuthorizationMatrixTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    public const string Anonymous = "anonymous";

    /// <summary>Route prefix (lower case, no trailing slash; "/" is the home page only) → who may open it.</summary>
    private static readonly Dictionary<string, AccessRule> Rules = new()
    {
        ["/"] = AccessRule.Public,
        ["/index"] = AccessRule.Public,
        ["/error"] = AccessRule.Public,
        ["/erreur"] = AccessRule.Public,
        ["/s"] = AccessRule.Public,
        ["/kiosque"] = AccessRule.Public,
        ["/connexion"] = AccessRule.Public,
        ["/deconnexion"] = AccessRule.Public,
        ["/compte"] = AccessRule.SignedIn,
        ["/comite"] = AccessRule.Committee,
        // Comité pages (branch comite): a comité, its years, candidates, targets and voting rounds. Members of another
        // comité get 404 from the handlers (ComitePagesTests); edits are for organisatrices (403 for members).
        ["/comite/annee"] = AccessRule.Committee,
        ["/comite/vote"] = AccessRule.Committee,
        ["/bilan"] = AccessRule.Public,
        // Concertation (branch orgs): a forum table keys in enjeux with the séance's code, an organisation fills in its
        // membership card from a single-use link and withdraws its contact sharing: no account for either.
        ["/forum"] = AccessRule.Public,
        ["/adhesion"] = AccessRule.Public,
        // Seats, séances, compte-rendu, forum board and report, portrait de la concertation: comité pages (404 outside
        // one's comités, 403 for a member's edits: SeatTests, SeanceTests, ForumTests).
        ["/comite/concertation"] = AccessRule.Committee,
        // Démarche (branch demarche): « Étapes des travaux » and the « Actions territoriales » sheet for comité members
        // (a démarche where they sit on no comité is a 404) and staff; its public follow-up page (droit de suite) for all.
        ["/demarches"] = AccessRule.Committee,
        ["/suivi"] = AccessRule.Public,
        ["/admin"] = AccessRule.Organizer,
        // Exchange: export, import, invitations, retention and deletion of a collecte; the partners' directory.
        ["/admin/collectes"] = AccessRule.Organizer,
        ["/admin/partenaires"] = AccessRule.Organizer,
        ["/admin/partenaires/fiche"] = AccessRule.Organizer,
        ["/admin/users"] = AccessRule.Admin,
        ["/admin/audit"] = AccessRule.Admin,
        ["/admin/territoires"] = AccessRule.Organizer,
        ["/admin/collectes"] = AccessRule.Organizer,
        // The test collecte's portrait is not public: Committee policy (an organisatrice: her collectes; others 404).
        ["/portrait"] = AccessRule.Committee,
        // Territory data (branch territory): a collecte's census for weighting; a territory's indicators and boundaries.
        ["/admin/collectes/{code}/recensement"] = AccessRule.Organizer,
        ["/admin/territoires/{code}/indicateurs"] = AccessRule.Organizer,
        ["/admin/territoires/{code}/limites"] = AccessRule.Organizer,
        // The territory's choropleth as SVG: same access as its portrait.
        ["/portrait/{code}/carte.svg"] = AccessRule.Committee,
        ["/portrait/{code}/carte.png"] = AccessRule.Committee,
        ["/portrait/{code}/graphiques/{chart}.svg"] = AccessRule.FileOr404,
    };

    public static TheoryData<string> Roles_and_anonymous => [Anonymous, Roles.Committee, Roles.Organizer, Roles.Admin];

    [Fact]
    public void Every_page_has_an_authorization_rule()
    {
        var withoutRule = Pages().Select(p => p.Route).Where(route => RuleFor(route) is null).ToList();

        Assert.True(withoutRule.Count == 0, "New page without an authorization rule (add it to AuthorizationMatrixTests.Rules): "
            + string.Join(", ", withoutRule));
    }

    [Fact]
    public void Public_pages_carry_no_authorization_requirement()
    {
        var guarded = Pages()
            .Where(p => RuleFor(p.Route) == AccessRule.Public && p.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0)
            .Select(p => p.Route);

        Assert.Empty(guarded);
    }

    [Theory]
    [MemberData(nameof(Roles_and_anonymous))]
    public async Task Each_page_answers_each_role_as_its_rule_says(string role)
    {
        await factory.SeedAsync();
        var (client, userId) = await ClientForAsync(role);
        var values = await ParameterValuesAsync(userId);
        var failures = new List<string>();
        foreach (var (route, endpoint) in Pages())
        {
            if (RuleFor(route) is not { } rule) continue; // reported by Every_page_has_an_authorization_rule
            var url = Fill(endpoint.RoutePattern, values);
            using var response = await client.GetAsync(url);
            var outcome = Outcome.Of(response);
            var expected = Outcome.Expected(rule, role);
            if (!expected.Accepts(outcome)) failures.Add($"{url} as {role}: expected {expected}, got {outcome}");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task<(HttpClient Client, string? UserId)> ClientForAsync(string role)
    {
        if (role == Anonymous)
        {
            return (factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), null);
        }
        var signedIn = await factory.SignInAsAsync(role, followRedirects: false, DiagnosticWebFactory.OpenCode);
        return (signedIn.Client, signedIn.UserId);
    }

    /// <summary>Values for route parameters, by name, then by constraint: real data so a handler can answer 200.</summary>
    private async Task<Dictionary<string, string>> ParameterValuesAsync(string? userId)
    {
        var collecteId = await factory.WithDbAsync(db =>
            db.Collectes.Where(s => s.PublicCode == DiagnosticWebFactory.OpenCode).Select(s => s.Id).SingleAsync());
        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["code"] = DiagnosticWebFactory.OpenCode,
            ["number"] = "1",
            ["status"] = "404",
            ["id"] = userId ?? "unknown-user",
            ["int"] = collecteId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["*"] = "1",
        };
    }

    private static string Fill(RoutePattern pattern, Dictionary<string, string> values)
    {
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => ValueFor(parameter, values),
            _ => "",
        })));
        return "/" + string.Join("/", segments);
    }

    private static string ValueFor(RoutePatternParameterPart parameter, Dictionary<string, string> values)
    {
        var isInt = parameter.ParameterPolicies.Any(p => p.Content == "int");
        if (isInt && parameter.Name == "id") return values["int"];
        return values.TryGetValue(parameter.Name, out var value) ? value : isInt ? values["int"] : values["*"];
    }

    private IEnumerable<(string Route, RouteEndpoint Endpoint)> Pages() => PagesOf(factory.Services);

    /// <summary>Every Razor Page of the app with its lower-case route; the browser sweep (Browser/PageSweepTests) visits the same list.</summary>
    internal static IEnumerable<(string Route, RouteEndpoint Endpoint)> PagesOf(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => ("/" + (e.RoutePattern.RawText ?? "").Trim('/').ToLowerInvariant(), e));

    internal static AccessRule? RuleFor(string route)
    {
        if (route == "/") return Rules["/"];
        var prefix = Rules.Keys.Where(p => p != "/" && (route == p || route.StartsWith(p + "/", StringComparison.Ordinal)))
            .MaxBy(p => p.Length);
        return prefix is null ? null : Rules[prefix];
    }
}
