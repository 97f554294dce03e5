using Diagnostic.Core.Questionnaires;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Diagnostic.Web.Tests.Infrastructure;

/// <summary>
/// The web app over a fresh database (one per test class: a SQLite file in a temporary folder, or a new PostgreSQL
/// database when DIAGNOSTIC_TEST_POSTGRES is set), with the small test questionnaire and demo mode off unless asked.
/// </summary>
public class DiagnosticWebFactory : WebApplicationFactory<Program>
{
    public const string OpenCode = "test";
    public const string ClosedCode = "fermee";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "diagnostic-web-tests-" + Guid.NewGuid().ToString("N"));

    protected virtual bool DemoEnabled => false;

    private TestDatabase? database;

    /// <summary>This factory's database; the CLI verbs under test are pointed at it.</summary>
    public TestDatabase Database => database ??= new TestDatabase(folder);

    /// <summary>The SQLite file of this factory (tests marked [SqliteFact] only).</summary>
    public string DatabaseFile => Database.File ?? throw new InvalidOperationException("This test needs SQLite: mark it [SqliteFact].");

    /// <summary>The folder of the data directory (Storage:DataDirectory).</summary>
    public string DataDirectory => folder;

    /// <summary>Required outside Development; the test client's own address unless a test serves another.</summary>
    public string PublicBaseUrl { get; init; } = "http://localhost";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var questionnaires = Path.Combine(folder, "questionnaires");
        Directory.CreateDirectory(questionnaires);
        File.WriteAllText(Path.Combine(questionnaires, "test.yaml"), TestQuestionnaire.Yaml);
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Database.Settings) builder.UseSetting(key, value);
        builder.UseSetting("Storage:DataDirectory", folder);
        builder.UseSetting("Questionnaires:Directory", DemoEnabled ? "" : questionnaires);
        builder.UseSetting("Demo:Enabled", DemoEnabled ? "true" : "false");
        builder.UseSetting("Demo:Responses", "40");
        builder.UseSetting("PublicBaseUrl", PublicBaseUrl);
        // Every test client shares one address; the limits have their own tests (Abuse/RateLimitWebFactory).
        builder.UseSetting("RateLimits:Enabled", "false");
    }

    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });

    public async Task<T> WithDbAsync<T>(Func<DiagnosticDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<DiagnosticDbContext>());
    }

    public Task<List<Response>> ResponsesAsync() =>
        WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Responses));

    /// <summary>A territory with two neighbourhoods, an open collecte and a closed one on the test questionnaire.</summary>
    public Task SeedAsync() => WithDbAsync(async db =>
    {
        if (db.Collectes.Any()) return 0;
        var city = new Territory { Code = "ville", Name = "Ville-Test", Level = TerritoryLevel.City, NeighbourhoodWord = "quartier" };
        city.Children.Add(new Territory { Code = "nord", Name = "Nord", Level = TerritoryLevel.Neighbourhood, Population = 1000 });
        city.Children.Add(new Territory { Code = "sud", Name = "Sud", Level = TerritoryLevel.Neighbourhood, Population = 2000 });
        db.Territories.Add(city);
        db.Territories.Add(new Territory { Code = "ailleurs", Name = "Ailleurs", Level = TerritoryLevel.Neighbourhood });
        var questionnaire = QuestionnaireReader.Read(TestQuestionnaire.Yaml, "test.yaml").Questionnaire!;
        var snapshot = await db.GetOrAddAsync(questionnaire, TestQuestionnaire.Yaml, DateTimeOffset.UtcNow, default);
        db.Collectes.Add(Collecte(OpenCode, CollecteStatus.Open, city, snapshot));
        db.Collectes.Add(Collecte(ClosedCode, CollecteStatus.Closed, city, snapshot));
        return await db.SaveChangesAsync();
    });

    /// <summary>Opens another collecte on the first city, answering the given questionnaire text.</summary>
    public Task AddCollecteAsync(string code, string yaml) => WithDbAsync(async db =>
    {
        var city = db.Territories.Include(t => t.Children).Single(t => t.Code == "ville");
        var questionnaire = QuestionnaireReader.Read(yaml, code + ".yaml").Questionnaire!;
        var snapshot = await db.GetOrAddAsync(questionnaire, yaml, DateTimeOffset.UtcNow, default);
        db.Collectes.Add(Collecte(code, CollecteStatus.Open, city, snapshot));
        return await db.SaveChangesAsync();
    });

    private static Collecte Collecte(string code, CollecteStatus status, Territory city, QuestionnaireSnapshot snapshot) => new()
    {
        PublicCode = code,
        Name = "Collecte test " + code,
        Territory = city,
        Snapshot = snapshot,
        Audience = Audience.Citizen,
        Status = status,
        RetainUntil = new DateOnly(2031, 12, 31),
        Neighbourhoods = city.Children.Select(t => new CollecteNeighbourhood { Territory = t }).ToList(),
    };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        database?.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } // best effort on a temp folder
    }
}
