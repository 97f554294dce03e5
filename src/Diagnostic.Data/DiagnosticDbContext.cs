using Diagnostic.Data.Collectes;
using Diagnostic.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Diagnostic.Data;

/// <summary>
/// The collectes and their answers, the staff accounts (ASP.NET Core Identity tables) and the data-protection keys
/// every instance shares. This class carries the SQLite migrations; <see cref="PostgresDiagnosticDbContext"/> the
/// PostgreSQL ones. Consumers always ask for this type.
/// </summary>
public class DiagnosticDbContext : IdentityDbContext<DiagnosticUser>, IDataProtectionKeyContext
{
    public DiagnosticDbContext(DbContextOptions<DiagnosticDbContext> options) : base(options) { }

    /// <summary>For a provider's subclass, whose options are typed on the subclass.</summary>
    protected DiagnosticDbContext(DbContextOptions options) : base(options) { }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var collectesChange = DetectChangesTouchingCollectes(out var autoDetect);
        try
        {
            var saved = base.SaveChanges(acceptAllChangesOnSuccess);
            if (collectesChange) CollecteChanges.Changed();
            return saved;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var collectesChange = DetectChangesTouchingCollectes(out var autoDetect);
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (collectesChange) CollecteChanges.Changed();
            return saved;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    /// <summary>
    /// Whether the save writes a collecte (cached rows of the answer pages are read again after it). Changes are
    /// detected here, once, as the save itself would; the save then skips its own pass (a submission's portrait
    /// cells are kilobytes compared byte for byte), and the caller puts <paramref name="autoDetect"/> back.
    /// </summary>
    private bool DetectChangesTouchingCollectes(out bool autoDetect)
    {
        autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        if (autoDetect) ChangeTracker.DetectChanges();
        ChangeTracker.AutoDetectChangesEnabled = false;
        return ChangeTracker.Entries<Collecte>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
    }

    public DbSet<Territory> Territories => Set<Territory>();
    public DbSet<QuestionnaireSnapshot> QuestionnaireSnapshots => Set<QuestionnaireSnapshot>();
    public DbSet<Collecte> Collectes => Set<Collecte>();
    public DbSet<CollecteNeighbourhood> CollecteNeighbourhoods => Set<CollecteNeighbourhood>();
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
    public DbSet<Demarche> Demarches => Set<Demarche>();
    public DbSet<PlanMeans> PlanMeans => Set<PlanMeans>();
    public DbSet<PlanAdoption> PlanAdoptions => Set<PlanAdoption>();
    public DbSet<PartnerOrganisation> PartnerOrganisations => Set<PartnerOrganisation>();
    public DbSet<PartnerInvitation> PartnerInvitations => Set<PartnerInvitation>();
    public DbSet<MembershipInvitation> MembershipInvitations => Set<MembershipInvitation>();
    public DbSet<SeanceAttendance> SeanceAttendance => Set<SeanceAttendance>();
    public DbSet<SeanceDecision> SeanceDecisions => Set<SeanceDecision>();
    public DbSet<ForumEnjeu> ForumEnjeux => Set<ForumEnjeu>();
    public DbSet<PortraitArchive> PortraitArchives => Set<PortraitArchive>();
    public DbSet<PortraitCell> PortraitCells => Set<PortraitCell>();
    public DbSet<CollecteOrganizer> CollecteOrganizers => Set<CollecteOrganizer>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<CollecteCensus> CollecteCensuses => Set<CollecteCensus>();
    public DbSet<TerritoryIndicator> TerritoryIndicators => Set<TerritoryIndicator>();
    public DbSet<NeighbourhoodBoundary> NeighbourhoodBoundaries => Set<NeighbourhoodBoundary>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Identity maps its own tables first; ours (and the seeded roles) come after.
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DiagnosticDbContext).Assembly);
    }
}
