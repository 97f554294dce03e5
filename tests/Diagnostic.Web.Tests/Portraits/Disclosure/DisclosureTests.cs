using Diagnostic.Core.Questionnaires;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Web.Tests.Portraits.Disclosure;

/// <summary>
/// One small neighbourhood (sud, 3 respondents) among nord 34, ouest 27 and est 21: no page, chart or file of the
/// portrait shows a number about sud's respondents, or lets one be worked out as the total minus the others.
/// Before respondent counts were portrait figures, the participation table hid sud only: 85 − 34 − 27 − 21 = 3.
/// </summary>
public sealed class DisclosureTests(DiagnosticWebFactory factory) : IClassFixture<DiagnosticWebFactory>
{
    private static readonly (string Code, string Name, int Population, int Respondents)[] Added =
        [("est", "Est", 900, 21), ("ouest", "Ouest", 1500, 27)];

    private static readonly Dictionary<string, int> Sizes = new() { ["nord"] = 34, ["est"] = 21, ["ouest"] = 27, ["sud"] = 3 };

    [Fact]
    public async Task No_page_chart_or_file_gives_back_a_hidden_respondent_count()
    {
        var facts = await SeedAsync();
        var reader = new PortraitReader(factory.NewClient(), facts);

        await reader.ReadAllAsync();

        Assert.Equal(Sizes, facts.Respondents);
        None(reader.Problems);
        None(reader.Observations.Conflicts);
        None(reader.Observations.Subtractions(facts.Neighbourhoods));
        // sud is too small, est (the next smallest) is hidden with it; the total and the others are what they are.
        var respondents = reader.Observations.Of("citizen|respondents");
        Assert.Equal(new Dictionary<string, int?> { ["ALL"] = 85, ["nord"] = 34, ["ouest"] = 27, ["est"] = null, ["sud"] = null }, respondents);
        None(Echoes(reader.Observations, facts));
        // Every page in both languages, the file, and the drawings and PNGs the pages link to.
        Assert.Equal(13, reader.Visited.Count(v => !v.Contains(".png", StringComparison.Ordinal) && !v.Contains(".svg", StringComparison.Ordinal)));
        Assert.Contains(reader.Visited, v => v.Contains("scores.svg?lang=en&quartier=nord&largeur=360", StringComparison.Ordinal));
        Assert.Contains(reader.Visited, v => v.Contains("heatmap.png", StringComparison.Ordinal));
        Assert.Contains(reader.Visited, v => v.Contains("likert-1.png?lang=en&quartier=nord", StringComparison.Ordinal));
        Assert.True(reader.Observations.Count > 50, $"only {reader.Observations.Count} numbers read");
    }

    [Fact]
    public async Task The_pages_say_why_a_count_is_hidden_in_the_readers_language()
    {
        await SeedAsync();
        var client = factory.NewClient();
        async Task<string> Read(string path) => System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(path));

        var french = await Read("/portrait/test?lang=fr");
        var english = await Read("/portrait/test?lang=en");
        var est = await Read("/portrait/test/quartier/est?lang=fr");
        var sud = await Read("/portrait/test/quartier/sud?lang=en");

        Assert.Contains("85 personnes ont répondu.", french);
        Assert.Contains("<td>masqué</td>", french);
        Assert.Contains("« masqué » : ce nombre est caché", french);
        Assert.Contains("<td>hidden</td>", english);
        Assert.Contains("cannot be worked out by subtraction from the total", english);
        Assert.Matches("</strong>\\s*masqué\\s*</p>", est);
        Assert.Contains("« masqué » : ce nombre est caché", est);
        Assert.Matches("</strong>\\s*n < 5\\s*</p>", sud);
        Assert.DoesNotContain("“hidden”", sud);
    }

    /// <summary>Every problem in the message, not the first few characters.</summary>
    internal static void None(IEnumerable<string> problems)
    {
        var list = problems.ToList();
        Assert.True(list.Count == 0, string.Join("\n", list));
    }

    /// <summary>
    /// A neighbourhood whose respondent count is hidden must not show it as the n of another figure either (here every
    /// est respondent answered `age`, so its n there would be its count).
    /// </summary>
    internal static IEnumerable<string> Echoes(FigureObservations observations, PortraitFacts facts)
    {
        var hidden = observations.Of($"{facts.Audience}|respondents").Where(u => u.Value is null && u.Key != FigureObservations.All)
            .Select(u => u.Key).ToList();
        foreach (var figure in observations.Figures.Where(f => !f.EndsWith("|count", StringComparison.Ordinal)))
            foreach (var code in hidden)
                if (facts.Respondents[code] > 0 && observations.Of(figure).GetValueOrDefault(code) == facts.Respondents[code])
                    yield return $"{figure} shows {code}'s hidden respondent count {facts.Respondents[code]}";
    }

    /// <summary>
    /// nord, est, ouest, sud with their sizes; NSP and skipped optional questions vary the n of each figure, but est
    /// stays the smallest shown neighbourhood of every figure.
    /// </summary>
    private async Task<PortraitFacts> SeedAsync()
    {
        await factory.SeedAsync();
        await factory.WithDbAsync(async db =>
        {
            if (await db.Territories.AnyAsync(t => t.Code == "est")) return 0;
            var city = await db.Territories.SingleAsync(t => t.Code == "ville");
            var collecte = await db.Collectes.SingleAsync(s => s.PublicCode == DiagnosticWebFactory.OpenCode);
            collecte.PortraitPublic = true;
            foreach (var (code, name, population, _) in Added)
            {
                var territory = new Territory { Code = code, Name = name, Level = TerritoryLevel.Neighbourhood, Population = population, Parent = city };
                db.Territories.Add(territory);
                db.CollecteNeighbourhoods.Add(new CollecteNeighbourhood { Collecte = collecte, Territory = territory });
            }
            foreach (var (code, size) in Sizes)
                for (var i = 0; i < size; i++)
                    db.Responses.Add(Response(collecte.Id, code, i));
            return await db.SaveChangesAsync();
        });
        return await PortraitFacts.LoadAsync(factory, DiagnosticWebFactory.OpenCode);
    }

    private static Response Response(int collecteId, string neighbourhood, int i)
    {
        var answers = new Dictionary<string, string>
        {
            ["age"] = i % 3 == 0 ? "14-34" : "35+",
            // One in seven answers « je ne sais pas » outside est.
            ["fier"] = neighbourhood != "est" && i % 7 == 6 ? "NSP" : (1 + i % 4).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (i % 5 != 4) answers["annees"] = (i % 40).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (i % 2 == 0) answers["lieux"] = i % 4 == 0 ? "parc|biblio" : "autre";
        return new Response
        {
            PublicId = Guid.NewGuid().ToString(),
            CollecteId = collecteId,
            NeighbourhoodCode = neighbourhood,
            Audience = Audience.Citizen,
            Language = "fr",
            Channel = ResponseChannel.Web,
            StartedAt = DateTimeOffset.UtcNow,
            SubmittedAt = DateTimeOffset.UtcNow,
            QuestionnaireHash = PortraitData.Questionnaire.SourceHash,
            Status = ResponseStatus.Submitted,
            Answers = answers,
        };
    }
}
