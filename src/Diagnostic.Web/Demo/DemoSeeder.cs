using Diagnostic.Core.Questionnaires;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Diagnostic.Web.Demo;

/// <summary>
/// On first start with an empty database and Demo:Enabled, seeds in one transaction the Shawinigan territory,
/// an open citizen collecte (/s/demo), an open partner collecte (/s/demo-partenaires), synthetic answers and one account per role (DemoAccounts).
/// </summary>
public sealed class DemoSeeder(
    DiagnosticDbContext db, QuestionnaireLibrary library, IOptions<DemoSettings> options,
    TimeProvider clock, ILogger<DemoSeeder> logger, DemoAccounts accounts)
{
    public const string CitizenCode = "demo";
    public const string PartnerCode = "demo-partenaires";

    /// <summary>Partners are few on a territory (often 7 to 15 organisations).</summary>
    private const int PartnerResponses = 12;

    public async Task SeedIfEnabledAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled || await db.Territories.AnyAsync(cancellationToken)) return;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var city = AddTerritory();
        var now = clock.GetUtcNow();
        var citizen = await AddCollecteAsync(city, Audience.Citizen, CitizenCode, "Collecte 2026 — Shawinigan", now, cancellationToken);
        var partner = await AddCollecteAsync(city, Audience.Partner, PartnerCode, "Collecte 2026 — Partenaires de Shawinigan", now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var settings = options.Value;
        if (citizen is { } c) DemoResponses.Add(db, c.Collecte, c.Questionnaire, settings.Responses, settings.Seed, now);
        if (partner is { } p) DemoResponses.Add(db, p.Collecte, p.Questionnaire, PartnerResponses, settings.Seed + 1, now);
        DemoTerritoryData.Add(db, city, citizen, now);
        await db.SaveChangesAsync(cancellationToken);
        if (partner is { } invited) await DemoPartners.AddAsync(db, invited.Collecte, clock, logger, cancellationToken);
        await accounts.SeedAsync(new[] { citizen?.Collecte, partner?.Collecte }.OfType<Collecte>().ToList(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Demo data seeded: open /s/{Code}", CitizenCode);
    }

    private Territory AddTerritory()
    {
        var region = new Territory { Code = DemoTerritory.RegionCode, Name = "Mauricie", Level = TerritoryLevel.Region };
        var city = new Territory
        {
            Code = DemoTerritory.CityCode,
            Name = "Ville de Shawinigan",
            Parent = region,
            Level = TerritoryLevel.City,
            Population = DemoTerritory.Neighbourhoods.Sum(n => n.Population),
            NeighbourhoodWord = DemoTerritory.NeighbourhoodWord,
        };
        foreach (var (code, name, population) in DemoTerritory.Neighbourhoods)
        {
            city.Children.Add(new Territory
            {
                Code = code,
                Name = name,
                Population = population,
                Level = TerritoryLevel.Neighbourhood,
                NeighbourhoodWord = DemoTerritory.NeighbourhoodWord,
            });
        }
        db.Territories.Add(region);
        db.Territories.Add(city);
        return city;
    }

    private async Task<(Collecte Collecte, Questionnaire Questionnaire)?> AddCollecteAsync(
        Territory city, Audience audience, string code, string name, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var offered = library.Offered.FirstOrDefault(q => q.Questionnaire.Audience == audience);
        if (offered is null)
        {
            logger.LogWarning("Demo collecte {Code} not seeded: no valid {Audience} questionnaire", code, audience.ToCode());
            return null;
        }
        var collecte = new Collecte
        {
            PublicCode = code,
            Name = name,
            Territory = city,
            Audience = audience,
            Status = CollecteStatus.Open,
            Snapshot = await db.GetOrAddAsync(offered.Questionnaire, offered.Yaml, now, cancellationToken),
            RunBy = "Comité de partenaires de la démarche Shawinigan 2026",
            PrivacyContact = "Responsable de la protection des renseignements personnels de la démarche (exemple) : vieprivee@example.org",
            OpensAt = now.AddDays(-30),
            ClosesAt = null,
            PortraitPublic = true,
            RetainUntil = DateOnly.FromDateTime(now.UtcDateTime).AddYears(5),
            Neighbourhoods = city.Children.Select(t => new CollecteNeighbourhood { Territory = t, ParticipationTarget = 80 }).ToList(),
        };
        db.Collectes.Add(collecte);
        return (collecte, offered.Questionnaire);
    }
}
