using Diagnostic.Core.Comite;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Comite.Forum;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Diagnostic.Web.Demo;

/// <summary>
/// After the demo comité: the concertation around it. Its members, porteurs and commitments point to directory entries
/// (eight organisations and more, two sharing their contact), seats are dated (one ended, in the history), a comité de
/// coordination and a cellule de travail for one community sit beside it, and a forum séance holds four tables'
/// enjeux grouped into issue cards, a closed paper dot vote on them, attendance, minutes and a decision.
/// </summary>
public sealed class ConcertationDemoSeeder(DiagnosticDbContext db, IOptions<DemoSettings> options, TimeProvider clock, ILogger<ConcertationDemoSeeder> logger)
{
    private static readonly (string Name, PartnerNetwork Network, string Sector, string Contact, bool Shared)[] Organisations =
    [
        ("Centre d'action bénévole", PartnerNetwork.Communautaire, "Entraide", "Marc Gélinas", true),
        ("CIUSSS MCQ — CLSC", PartnerNetwork.Sante, "Santé et services sociaux", "Nadia Ouellet", true),
        ("Ville de Shawinigan", PartnerNetwork.Municipal, "Vie communautaire", "Hugo Lavoie", false),
        ("CLD de Shawinigan (démo)", PartnerNetwork.Economique, "Développement économique", "Julie Bourassa", false),
    ];

    private static readonly (string Table, string[] Enjeux)[] Tables =
    [
        ("Table 1", ["Les loyers montent trop vite", "Pas d'épicerie à distance de marche", "On se sent seul l'hiver"]),
        ("Table 2", ["Logements mal isolés", "Autobus rares le soir", "Rues mal éclairées près du parc"]),
        ("Table 3", ["Peu d'activités pour les ados", "Trouver un logement abordable", "Transport vers l'hôpital difficile"]),
        ("Table 4", ["Insécurité le soir", "Isolement des aînés", "Manque de fruits et légumes frais"]),
    ];

    private static readonly (string Card, int[] Enjeux, int Dots)[] Cards =
    [
        ("Logement abordable et salubre", [0, 3, 7], 41), ("Se déplacer sans auto", [4, 8], 23),
        ("Sécurité dans les rues le soir", [5, 9], 29), ("Briser l'isolement", [2, 10, 6], 35), ("Manger frais près de chez soi", [1, 11], 18),
    ];

    public async Task SeedIfEnabledAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled || await db.ForumEnjeux.AnyAsync(cancellationToken)) return;
        var comite = await db.Comites.Include(c => c.Territory!).ThenInclude(t => t.Children).Include(c => c.Members).Include(c => c.Cycles)
            .Where(c => c.Territory!.Code == DemoTerritory.CityCode).OrderBy(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        var cycle = comite?.Cycles.OrderByDescending(c => c.YearLabel).FirstOrDefault();
        if (comite is null || cycle is null) return;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var directory = await DirectoryAsync(comite.Territory!, now, cancellationToken);
        LinkComite(comite, directory);
        // Every open year's plan: the demo's first year and the one it was carried into.
        foreach (var year in comite.Cycles.Where(c => !c.IsClosed))
            await LinkPlanAsync(year.Id, directory, cancellationToken);
        AddCoordination(comite.Territory!, directory, today);
        var forum = AddForum(cycle, directory, today);
        await db.SaveChangesAsync(cancellationToken);
        await AddCardsAndVoteAsync(cycle, forum, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogWarning("\n  Demo forum: tables key in enjeux at /forum with the code {Code}", forum.ForumCode);
    }

    private async Task<Dictionary<string, PartnerOrganisation>> DirectoryAsync(Territory city, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var directory = (await db.PartnerOrganisations.ToListAsync(cancellationToken)).ToDictionary(o => o.Name, StringComparer.OrdinalIgnoreCase);
        var served = string.Join('|', city.Children.Select(n => n.Code).Prepend(city.Code));
        foreach (var (name, network, sector, contact, shared) in Organisations)
        {
            if (!directory.TryGetValue(name, out var organisation))
            {
                organisation = new PartnerOrganisation { Name = name, CreatedAt = now };
                db.PartnerOrganisations.Add(organisation);
                directory[name] = organisation;
            }
            (organisation.Network, organisation.Sector, organisation.NeighbourhoodsServed) = (network, sector, served);
            (organisation.ContactPerson, organisation.ContactEmail, organisation.ContactPhone) =
                (contact, contact.Split(' ')[0].ToLowerInvariant() + "@exemple.org", "819-555-01" + directory.Count.ToString("00", System.Globalization.CultureInfo.InvariantCulture));
            (organisation.ShareContact, organisation.ShareContactAt, organisation.JoinedAt) = (shared, shared ? now : null, shared ? now : null);
        }
        return directory;
    }

    /// <summary>The demo comité's members sit for directory entries, since given years; a former member stays in the history.</summary>
    private static void LinkComite(Data.Entities.Comite comite, Dictionary<string, PartnerOrganisation> directory)
    {
        comite.Kind = ComiteKind.Orientation;
        comite.Mandate = "Adopter la démarche, choisir chaque année la ou les cibles prioritaires et faire le bilan des actions et de leur cheminement.";
        foreach (var (member, i) in comite.Members.Select((m, i) => (m, i)))
        {
            member.Organisation = directory.GetValueOrDefault(member.OrganisationName);
            member.StartDate = new DateOnly(2019 + i, 9, 1);
        }
        var fondation = directory.Values.FirstOrDefault(o => o.Network == PartnerNetwork.Philanthropique);
        var type = comite.Members.Select(m => m.VoterType).FirstOrDefault(t => t?.Code == "communautaire") ?? comite.Members[0].VoterType;
        comite.Members.Add(new ComiteMember
        {
            DisplayName = "Sylvie Caron", Organisation = fondation, VoterType = type, StartDate = new DateOnly(2019, 9, 1), EndDate = new DateOnly(2024, 6, 30),
        });
    }

    private async Task LinkPlanAsync(int cycleId, Dictionary<string, PartnerOrganisation> directory, CancellationToken cancellationToken)
    {
        var actions = await db.Actions.Include(a => a.Commitments).Where(a => a.Target!.CycleId == cycleId).ToListAsync(cancellationToken);
        foreach (var action in actions)
        {
            action.LeadPartner = directory.GetValueOrDefault(action.LeadOrganisation);
            foreach (var commitment in action.Commitments) commitment.Organisation = directory.GetValueOrDefault(commitment.PartnerName);
        }
    }

    /// <summary>A comité de coordination of the town and a cellule de travail for one community (Saint-Marc), with seats.</summary>
    private void AddCoordination(Territory city, Dictionary<string, PartnerOrganisation> directory, DateOnly today)
    {
        var coordination = NewComite("Comité de coordination — Shawinigan", city, ComiteKind.Coordination,
            "Coordonner les actions des partenaires entre les séances du comité d'orientation.");
        var seats = directory.Values.Where(o => o.Network != PartnerNetwork.Philanthropique).Take(6).ToList();
        foreach (var (organisation, i) in seats.Select((o, i) => (o, i)))
            coordination.Members.Add(Seat(coordination, organisation, "Personne-ressource " + (i + 1), new DateOnly(2021 + i % 3, 1, 15)));
        var community = city.Children.First();
        var cellule = NewComite("Cellule de travail — " + community.Name, community, ComiteKind.CelluleTravail,
            "Préparer le forum citoyen et suivre les actions du secteur " + community.Name + ".");
        cellule.Members.Add(Seat(cellule, seats[0], "Marc Gélinas", today.AddMonths(-8)));
        cellule.Members.Add(new ComiteMember
        {
            DisplayName = "Résidente du secteur", VoterType = cellule.VoterTypes.Single(t => t.Code == "citoyen"), StartDate = today.AddMonths(-8),
        });
        db.Comites.AddRange(coordination, cellule);
    }

    private static Data.Entities.Comite NewComite(string name, Territory territory, ComiteKind kind, string mandate)
    {
        var comite = new Data.Entities.Comite { Name = name, Territory = territory, Kind = kind, Mandate = mandate };
        comite.VoterTypes.AddRange(VoterTypeDefaults.All.Select((t, i) => new ComiteVoterType { Code = t.Code, Name = t.French, Order = i + 1 }));
        return comite;
    }

    private static ComiteMember Seat(Data.Entities.Comite comite, PartnerOrganisation organisation, string person, DateOnly start) => new()
    {
        DisplayName = person, Organisation = organisation, StartDate = start,
        VoterType = comite.VoterTypes.FirstOrDefault(t => t.Code == organisation.Network.ToString().ToLowerInvariant()) ?? comite.VoterTypes[1],
    };

    private Seance AddForum(ComiteCycle cycle, Dictionary<string, PartnerOrganisation> directory, DateOnly today)
    {
        var forum = new Seance
        {
            CycleId = cycle.Id, Date = today.AddDays(-75), Kind = SeanceKind.Forum, Title = "Forum citoyen — Saint-Marc et Christ-Roi",
            Agenda = "1. Mot de bienvenue\n2. Présentation du portrait\n3. World café : trois tours de table\n4. Récolte et vote par gommettes\n5. Suites : qui décide, et quand",
            Notes = "Quatre tables ont nommé douze enjeux, regroupés en cinq cartes. Le vote par gommettes sera présenté au comité d'orientation.",
            CitizenCount = 38, ForumCode = ForumCode.New(),
        };
        forum.Attendance.AddRange(directory.Values.Take(6).Select(o => new SeanceAttendance { Organisation = o }));
        var e = 0;
        foreach (var (table, enjeux) in Tables)
            forum.ForumEnjeux.AddRange(enjeux.Select(text => new ForumEnjeu { Table = table, Text = text, CreatedAt = clock.GetUtcNow().AddDays(-75).AddMinutes(e++) }));
        db.Seances.Add(forum);
        return forum;
    }

    /// <summary>The cards (candidates of the year, after its others), a closed paper dot vote on them, and the forum's decision.</summary>
    private async Task AddCardsAndVoteAsync(ComiteCycle cycle, Seance forum, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var order = await db.CandidateTargets.Where(c => c.CycleId == cycle.Id).MaxAsync(c => (int?)c.Order, cancellationToken) ?? 0;
        var enjeux = forum.ForumEnjeux.OrderBy(x => x.Id).ToList();
        var cards = Cards.Select(c => new CandidateTarget
        {
            CycleId = cycle.Id, Order = ++order, Origin = CandidateOrigin.Enjeu, Wording = c.Card, SeanceId = forum.Id,
            Description = string.Join(" · ", c.Enjeux.Select(i => enjeux[i].Text)),
        }).ToList();
        db.CandidateTargets.AddRange(cards);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (card, spec) in cards.Zip(Cards))
            foreach (var i in spec.Enjeux) enjeux[i].CardId = card.Id;
        var keyedBy = await db.Users.Where(u => u.Email == DemoAccounts.OrganizerEmail).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken) ?? "demo";
        var round = new VotingRound
        {
            SeanceId = forum.Id, Title = "Vote par gommettes du forum", Kind = VotingRoundKind.PaperDots, Status = VotingRoundStatus.Closed,
            OpenedAt = now.AddDays(-75), ClosedAt = now.AddDays(-75),
        };
        round.Candidates.AddRange(cards.Select(c => new VotingRoundCandidate { CandidateId = c.Id }));
        round.PaperDots.AddRange(cards.Zip(Cards).Select(p => new PaperDotCount
        {
            CandidateId = p.First.Id, Dots = p.Second.Dots, KeyedByUserId = keyedBy, KeyedAt = now.AddDays(-75),
        }));
        db.VotingRounds.Add(round);
        db.SeanceDecisions.Add(new SeanceDecision
        {
            SeanceId = forum.Id, Text = "Présenter au comité d'orientation les trois cartes en tête du vote : logement, isolement, sécurité.",
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
