using Diagnostic.Data.Collectes;
using Diagnostic.Core.Analysis;
using Diagnostic.Core.Questionnaires;
using Diagnostic.Data;
using Diagnostic.Data.Entities;
using Diagnostic.Data.Responses;
using Diagnostic.Web.Pages.Portraits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Diagnostic.Web.Pages.Comite;

/// <summary>
/// A collecte's portrait for the comité: the very portrait the public pages show (<see cref="PortraitCache"/>, one
/// computation per version of the answers). Once retention has deleted its answers, the portrait archived just before
/// (domain.md 5.0) stands in for it, so a later bilan still measures the change.
/// </summary>
public sealed class CollectePortraits(
    DiagnosticDbContext db, PortraitCache portraits, SnapshotQuestionnaires questionnaires, IOptions<AnalysisOptions> options)
{
    /// <param name="Archive">Set when the portrait comes from a PortraitArchive rather than from the answers.</param>
    public sealed record Loaded(Collecte Collecte, Questionnaire Questionnaire, Portrait Portrait, ArchiveUse? Archive = null);

    /// <summary>
    /// The archive a portrait was read from. Its figures were suppressed with its own min_cell; when that is not the
    /// configured one, ChangeBuilder refuses to compare it with a freshly computed portrait, which is what the bilan must show.
    /// </summary>
    public sealed record ArchiveUse(int ArchiveId, DateTimeOffset CreatedAt, int MinCell, int ConfiguredMinCell)
    {
        public bool MinCellDiffers => MinCell != ConfiguredMinCell;
    }

    public async Task<Loaded?> LoadAsync(int collecteId, CancellationToken cancellationToken)
    {
        var collecte = await db.Collectes.AsNoTracking().Include(s => s.Snapshot)
            .SingleOrDefaultAsync(s => s.Id == collecteId, cancellationToken);
        if (collecte?.Snapshot is null) return null;
        var questionnaire = questionnaires.Get(collecte.Snapshot);
        if (await ArchiveInsteadAsync(collecteId, cancellationToken) is { } archive)
            return FromArchive(collecte, questionnaire, archive);
        var stamp = await PortraitCache.StampAsync(db, collecteId, cancellationToken);
        var cached = await portraits.GetAsync(stamp!, cancellationToken);
        return new Loaded(collecte, questionnaire, cached.Portrait);
    }

    /// <summary>The latest archive, only when no submitted answer is left to compute from.</summary>
    private async Task<PortraitArchive?> ArchiveInsteadAsync(int collecteId, CancellationToken cancellationToken)
    {
        if (await db.Responses.AnyAsync(r => r.CollecteId == collecteId && r.Status == ResponseStatus.Submitted, cancellationToken))
            return null;
        return await db.PortraitArchives.AsNoTracking().Where(a => a.CollecteId == collecteId)
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private Loaded FromArchive(Collecte collecte, Questionnaire questionnaire, PortraitArchive archive)
    {
        var portrait = PortraitJsonReader.Read(archive.Json, questionnaire.Id, questionnaire.Version, archive.MinCell);
        var use = new ArchiveUse(archive.Id, archive.CreatedAt, archive.MinCell, options.Value.MinCell);
        return new Loaded(collecte, questionnaire, portrait, use);
    }
}
