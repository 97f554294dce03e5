using Diagnostic.Data.Collectes;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Comite;
using Diagnostic.Core.Plans;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Web.Pages.Comite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Diagnostic.Web.Demo;

/// <summary>
/// After the main demo seed: a comité with members, a closed dot-voting round, three chosen targets with an
/// action plan in progress, and a later citizen collecte on the same territory and questionnaire whose
/// answers lean better on the targets' dimensions, so a newcomer opens a bilan with real change figures.
/// </summary>
public sealed class ComiteDemoSeeder(
    DiagnosticDbContext db, SnapshotQuestionnaires questionnaires, CollectePortraits portraits,
    IOptions<DemoSettings> options, TimeProvider clock, ILogger<ComiteDemoSeeder> logger)
{
    public const string FollowUpCode = "demo-suivi";
    public const string CycleYear = "2026-2027";
    private const int TargetCount = 3;

    public async Task SeedIfEnabledAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled || await db.Comites.AnyAsync(cancellationToken)) return;
        var baseline = await db.Collectes.Include(s => s.Snapshot).Include(s => s.Territory!).ThenInclude(t => t.Children)
            .FirstOrDefaultAsync(s => s.PublicCode == DemoSeeder.CitizenCode, cancellationToken);
        if (baseline is null) return;
        var questionnaire = questionnaires.Get(baseline.Snapshot!);
        var dimensions = questionnaire.Dimensions.Take(TargetCount).ToList();
        if (dimensions.Count < TargetCount) return;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var followUp = AddFollowUpCollecte(baseline, now);
        await db.SaveChangesAsync(cancellationToken);
        AddShiftedResponses(followUp, questionnaire, dimensions.Select(d => d.Id).ToHashSet(), now);
        var portrait = (await portraits.LoadAsync(baseline.Id, cancellationToken))!.Portrait;
        // The demo comité account sits on the comité, so signing in as comite@demo.local shows its plan and bilan.
        var demoMember = await db.Users.Where(u => u.Email == DemoAccounts.CommitteeEmail).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
        var cycle = AddComite(baseline.Territory!, demoMember);
        var seance = new Seance { Cycle = cycle, Date = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-60), Kind = SeanceKind.Comite, Title = "Choix des cibles 2026-2027" };
        db.Seances.Add(seance);
        // The portrait's figures for the whole territory, as an import from the portrait would copy them (no écart or q there).
        var ranked = PriorityTargets.Rank(portrait, questionnaire)
            .FirstOrDefault(u => u.Audience == Audience.Citizen && u.Neighbourhood == PortraitRow.AllNeighbourhoods)?.Targets ?? [];
        var candidates = dimensions.Select((d, i) => (d, i, f: ranked.FirstOrDefault(t => t.DimensionId == d.Id))).Select(x => new CandidateTarget
        {
            Cycle = cycle, Order = x.i + 1, Origin = CandidateOrigin.Portrait, Wording = DemoCibleWording.For(x.d), Collecte = baseline,
            Audience = Audience.Citizen, Neighbourhood = PortraitRow.AllNeighbourhoods, DimensionId = x.d.Id, Rank = x.f?.Rank ?? x.i + 1,
            IsDefi = x.f?.IsDefi ?? false, Score = x.f?.Score, Diff = x.f?.Diff, Q = x.f?.Q, N = x.f?.N,
        }).Append(new CandidateTarget { Cycle = cycle, Order = TargetCount + 1, Origin = CandidateOrigin.Enjeu, Wording = "Mieux faire connaître les organismes", Seance = seance })
            .ToList();
        db.CandidateTargets.AddRange(candidates);
        AddClosedRound(seance, cycle.Comite!, candidates, now);
        var targets = dimensions.Select((d, i) => Target(cycle, seance, candidates[i], baseline, d, portrait, now)).ToList();
        db.ChosenTargets.AddRange(targets);
        AddActions(targets);
        // One target already reviewed and published, so the public summary (droit de suite) has something to show.
        db.TargetReviews.Add(new TargetReview
        {
            Target = targets[0], Decision = Core.Plans.TargetDecision.Keep, IsPublic = true, AfterCollecte = followUp, ReviewedAt = now,
            Comment = "À revoir avec le CLSC avant l'assemblée.",
            PublicText = "Les rencontres de voisinage continuent l'an prochain dans tous les secteurs.",
        });
        await db.SaveChangesAsync(cancellationToken);
        await new DemarcheDemoSeeder(db).SeedAsync(cycle, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Demo comité seeded with a later collecte {Code}", FollowUpCode);
    }

    private Collecte AddFollowUpCollecte(Collecte baseline, DateTimeOffset now)
    {
        var collecte = new Collecte
        {
            PublicCode = FollowUpCode, Name = "Collecte de suivi — Shawinigan", TerritoryId = baseline.TerritoryId,
            SnapshotId = baseline.SnapshotId, Audience = Audience.Citizen, Status = CollecteStatus.Closed,
            OpensAt = now.AddDays(-10), ClosesAt = now.AddDays(-1), PortraitPublic = true,
            RetainUntil = DateOnly.FromDateTime(now.UtcDateTime).AddYears(5),
            Neighbourhoods = baseline.Territory!.Children.Select(t => new CollecteNeighbourhood { TerritoryId = t.Id, ParticipationTarget = 80 }).ToList(),
        };
        db.Collectes.Add(collecte);
        return collecte;
    }

    /// <summary>Same neighbourhood profiles as the first collecte (same seed), the targets' dimensions a little higher.</summary>
    private void AddShiftedResponses(Collecte collecte, Questionnaire questionnaire, IReadOnlySet<string> improved, DateTimeOffset now)
    {
        var settings = options.Value;
        var neighbourhoods = DemoNeighbourhood.Varied(
                DemoTerritory.Neighbourhoods.Select(n => n.Code).ToList(), questionnaire.Dimensions.Select(d => d.Id).ToList(), settings.Seed)
            .Select((n, i) => n with
            {
                Weight = DemoTerritory.Neighbourhoods[i].Population,
                Levels = questionnaire.Dimensions.ToDictionary(d => d.Id, d => Math.Min(0.95, n.LevelOf(d.Id) + (improved.Contains(d.Id) ? 0.08 : 0))),
            })
            .ToList();
        var generator = new DemoResponseGenerator(questionnaire, neighbourhoods, new DemoOptions(settings.Seed + 7, now.AddDays(-10), now.AddDays(-1)));
        foreach (var record in generator.Generate(settings.Responses))
        {
            var submittedAt = record.SubmittedAt ?? now;
            db.Responses.Add(new Response
            {
                PublicId = record.ResponseId, CollecteId = collecte.Id, NeighbourhoodCode = record.Neighbourhood, Audience = record.Audience,
                Language = record.Language, Channel = ResponseChannel.Web, StartedAt = submittedAt.AddMinutes(-12), SubmittedAt = submittedAt,
                QuestionnaireHash = collecte.Snapshot?.Hash ?? questionnaire.SourceHash, Status = ResponseStatus.Submitted,
                SubmissionKey = "demo:" + record.ResponseId,
                Answers = questionnaire.Questions.Select((q, i) => (q.Id, Value: record.Values[i]))
                    .Where(a => a.Value is not null).ToDictionary(a => a.Id, a => a.Value!),
            });
        }
    }

    private ComiteCycle AddComite(Territory territory, string? demoMemberId)
    {
        var comite = new Data.Entities.Comite { TerritoryId = territory.Id, Name = "Comité de partenaires de Shawinigan" };
        var types = new[] { ("citoyen", "Citoyenne ou citoyen"), ("communautaire", "Organisme communautaire"), ("sante", "Santé et services sociaux"), ("municipal", "Municipalité ou MRC") }
            .Select((t, i) => new ComiteVoterType { Code = t.Item1, Name = t.Item2, Order = i + 1 }).ToList();
        comite.VoterTypes.AddRange(types);
        var members = new[]
        {
            ("Louise Tremblay", "", 0), ("Marc Gélinas", "Centre d'action bénévole", 1), ("Nadia Ouellet", "CIUSSS MCQ — CLSC", 2), ("Hugo Lavoie", "Ville de Shawinigan", 3),
        };
        comite.Members.AddRange(members.Select((m, i) => new ComiteMember
        {
            UserId = i == 0 && demoMemberId is not null ? demoMemberId : "demo-membre-" + (i + 1), DisplayName = m.Item1, OrganisationName = m.Item2, VoterType = types[m.Item3],
        }));
        var cycle = new ComiteCycle { Comite = comite, YearLabel = CycleYear, Status = ComiteCycleStatus.Open };
        comite.Cycles.Add(cycle);
        db.Comites.Add(comite);
        return cycle;
    }

    /// <summary>A closed dot round (5 dots each) where the first three candidates lead.</summary>
    private void AddClosedRound(Seance seance, Data.Entities.Comite comite, IReadOnlyList<CandidateTarget> candidates, DateTimeOffset now)
    {
        var round = new VotingRound
        {
            Seance = seance, Title = "Vote par pastilles", Kind = VotingRoundKind.Dots, Status = VotingRoundStatus.Closed, DotBudget = 5,
            OpenedAt = now.AddDays(-61), ClosedAt = now.AddDays(-60),
        };
        round.Candidates.AddRange(candidates.Select(c => new VotingRoundCandidate { Candidate = c }));
        int[][] dots = [[2, 1, 1, 1], [1, 2, 1, 1], [2, 2, 1, 0], [1, 1, 2, 1]];
        foreach (var (member, i) in comite.Members.Select((m, i) => (m, i)))
        {
            var ballot = new Ballot { Member = member, VoterType = member.VoterType, SubmittedAt = now.AddDays(-61), UpdatedAt = now.AddDays(-61) };
            ballot.Lines.AddRange(candidates.Select((c, k) => new BallotLine { Candidate = c, Dots = dots[i][k] }).Where(l => l.Dots > 0));
            round.Ballots.Add(ballot);
        }
        db.VotingRounds.Add(round);
    }

    private static ChosenTarget Target(
        ComiteCycle cycle, Seance seance, CandidateTarget candidate, Collecte baseline, Section dimension, Portrait portrait, DateTimeOffset now)
    {
        var row = portrait.Find(Audience.Citizen, PortraitRow.AllNeighbourhoods, FigureLevel.Dimension, dimension.Id);
        return new ChosenTarget
        {
            Cycle = cycle, Order = candidate.Order, Wording = candidate.Wording, Neighbourhoods = [PortraitRow.AllNeighbourhoods],
            Candidate = candidate, Seance = seance, IndicatorCollecte = baseline, IndicatorAudience = Audience.Citizen,
            IndicatorLevel = FigureLevel.Dimension, IndicatorId = dimension.Id, IndicatorNeighbourhood = PortraitRow.AllNeighbourhoods,
            BaselineValue = row?.Score, BaselineN = row?.N, Direction = TargetDirection.Increase, Horizon = "2026-2027", DecidedAt = now.AddDays(-60),
        };
    }

    private void AddActions(IReadOnlyList<ChosenTarget> targets)
    {
        var year = 2026;
        foreach (var (target, i) in targets.Select((t, i) => (t, i)))
        {
            db.Actions.Add(new PlanAction
            {
                Target = target, Order = 1, Title = ActionTitles[i].Item1, Objective = target.Wording, Means = ActionTitles[i].Item2,
                Activities = ActionTitles[i].Item3, LeadOrganisation = "Centre d'action bénévole", Resources = "Une animatrice, 2 000 $",
                StartDate = new DateOnly(year, 9, 22), DueDate = new DateOnly(year, 12, 20), PeriodLabel = "automne 2026",
                Status = i == 0 ? ActionStatus.Done : ActionStatus.InProgress, Outcome = i == 0 ? "Trois rencontres, 45 personnes rejointes." : "",
                InternalNote = "Relancer la Ville pour la salle.",
                Commitments = [new ActionCommitment { PartnerName = "Ville de Shawinigan", Space = "Salle du centre communautaire" },
                               new ActionCommitment { PartnerName = "CIUSSS MCQ — CLSC", People = "Une organisatrice communautaire, 4 h par semaine", Money = 2000m }],
                Progress = [new ActionProgress { Date = new DateOnly(year, 10, 15), Text = "Première rencontre tenue.", Author = "Marc Gélinas" }],
            });
            db.Actions.Add(new PlanAction
            {
                Target = target, Order = 2, Title = "Suivi et bilan — " + target.Wording, LeadOrganisation = "Comité de partenaires",
                StartDate = new DateOnly(year + 1, 3, 1), DueDate = new DateOnly(year + 1, 6, 30), PeriodLabel = "printemps 2027",
                Status = i == 2 ? ActionStatus.Postponed : ActionStatus.Upcoming,
            });
        }
    }

    private static readonly (string, string, string)[] ActionTitles =
    [
        ("Rencontres de voisinage", "Des rencontres mensuelles dans chaque secteur", "Porte-à-porte, café-rencontre, fête de ruelle"),
        ("Cuisine collective", "Une cuisine collective ouverte à tous", "Ateliers du mardi, paniers partagés"),
        ("Marche exploratoire", "Une marche exploratoire de nuit avec les résidentes", "Repérage, rapport à la Ville"),
    ];
}
