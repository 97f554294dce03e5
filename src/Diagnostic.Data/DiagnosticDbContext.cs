using Diagnostic.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data;

public sealed class DiagnosticDbContext(DbContextOptions<DiagnosticDbContext> options) : DbContext(options)
{
    public DbSet<Territory> Territories => Set<Territory>();
    public DbSet<QuestionnaireSnapshot> QuestionnaireSnapshots => Set<QuestionnaireSnapshot>();
    public DbSet<DiagnosisSession> Sessions => Set<DiagnosisSession>();
    public DbSet<SessionNeighbourhood> SessionNeighbourhoods => Set<SessionNeighbourhood>();
    public DbSet<Response> Responses => Set<Response>();
    public DbSet<Comite> Comites => Set<Comite>();
    public DbSet<ComiteVoterType> ComiteVoterTypes => Set<ComiteVoterType>();
    public DbSet<ComiteMember> ComiteMembers => Set<ComiteMember>();
    public DbSet<ComiteCycle> ComiteCycles => Set<ComiteCycle>();
    public DbSet<Seance> Seances => Set<Seance>();
    public DbSet<CandidateTarget> CandidateTargets => Set<CandidateTarget>();
    public DbSet<VotingRound> VotingRounds => Set<VotingRound>();
    public DbSet<VotingRoundCandidate> VotingRoundCandidates => Set<VotingRoundCandidate>();
    public DbSet<Ballot> Ballots => Set<Ballot>();
    public DbSet<BallotLine> BallotLines => Set<BallotLine>();
    public DbSet<PaperDotCount> PaperDotCounts => Set<PaperDotCount>();
    public DbSet<ChosenTarget> ChosenTargets => Set<ChosenTarget>();
    public DbSet<PlanAction> Actions => Set<PlanAction>();
    public DbSet<ActionCommitment> ActionCommitments => Set<ActionCommitment>();
    public DbSet<ActionProgress> ActionProgress => Set<ActionProgress>();
    public DbSet<TargetReview> TargetReviews => Set<TargetReview>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DiagnosticDbContext).Assembly);
}
